package org.ogi.notification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;

@Entity
@Table(name = "notification")
public class NotificationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String trackingNumber;
    public String agency;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    @Enumerated(EnumType.STRING)
    public NotificationChannel channel;

    public String recipient;
    public String subject;
    public String body;
    public String status;
    public OffsetDateTime createdAt;
}
