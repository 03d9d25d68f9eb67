package org.ogi.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.EventType;

import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * The only way a service emits an event: the event is stored beside the business change, in the caller's
 * transaction, and {@link OutboxRelay} publishes it after commit. A rolled-back change therefore emits nothing.
 */
@ApplicationScoped
public class Outbox {

    private final Clock clock;
    private final String source;

    Outbox(Clock clock, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.clock = clock;
        this.source = "/" + applicationName;
    }

    /** Appends an event keyed by the tracking number; fails unless called inside a transaction. */
    public <T> Uni<CloudEvent> append(EventType<T> type, String trackingNumber, T payload) {
        return Panache.currentTransaction().chain(tx -> {
            if (tx == null) {
                return Uni.createFrom().failure(new IllegalStateException(
                        "outbox append outside a transaction: the event would not commit with its change"));
            }
            CloudEvent event = EventCodec.newEvent(type, source, trackingNumber, payload, OffsetDateTime.now(clock));
            OutboxMessage message = new OutboxMessage();
            message.eventId = event.id();
            message.eventType = event.type();
            message.topic = type.topic();
            message.messageKey = trackingNumber;
            message.payload = EventCodec.toJson(event);
            message.createdAt = event.time();
            return message.persist().replaceWith(event);
        });
    }
}
