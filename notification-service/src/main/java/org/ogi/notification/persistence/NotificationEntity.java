package org.ogi.notification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "notification")
public class NotificationEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "tracking_number")
    public String trackingNumber;
    public String agency;
    public String kind;
    public String channel;
    public String recipient;
    public String subject;
    public String body;
    public String status;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
