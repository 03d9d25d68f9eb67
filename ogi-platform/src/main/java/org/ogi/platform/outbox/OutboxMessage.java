package org.ogi.platform.outbox;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An event waiting to be relayed to Kafka; written in the same transaction as the change it announces. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, updatable = false)
    public String eventId;

    @Column(nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(nullable = false, updatable = false)
    public String messageKey;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    public OffsetDateTime publishedAt;
}
