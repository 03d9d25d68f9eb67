package org.ogi.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.EventType;
import org.ogi.platform.persistence.MultiRowInsert;

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

    /** An event to append: its type, the tracking number it is keyed by, and its payload. */
    public record Entry<T>(EventType<T> type, String trackingNumber, T payload) {}

    private static final MultiRowInsert<OutboxMessage> INSERT = MultiRowInsert.<OutboxMessage>into("outbox_message")
            .set("event_id", m -> m.eventId)
            .set("event_type", m -> m.eventType)
            .set("topic", m -> m.topic)
            .set("message_key", m -> m.messageKey)
            .set("payload", m -> m.payload)
            .set("created_at", m -> m.createdAt);

    /** Appends an event keyed by the tracking number; fails unless called inside a transaction. */
    public <T> Uni<CloudEvent> append(EventType<T> type, String trackingNumber, T payload) {
        return appendAll(List.of(new Entry<>(type, trackingNumber, payload))).map(events -> events.get(0));
    }

    /** Appends events in their order with one statement; fails unless called inside a transaction. */
    public Uni<List<CloudEvent>> appendAll(List<? extends Entry<?>> entries) {
        return Panache.currentTransaction().chain(tx -> {
            if (tx == null) {
                return Uni.createFrom()
                        .failure(new IllegalStateException(
                                "outbox append outside a transaction: the events would not commit with their change"));
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            List<CloudEvent> events = new ArrayList<>(entries.size());
            List<OutboxMessage> messages = new ArrayList<>(entries.size());
            for (Entry<?> entry : entries) {
                CloudEvent event = newEvent(entry, now);
                events.add(event);
                OutboxMessage message = new OutboxMessage();
                message.eventId = event.id();
                message.eventType = event.type();
                message.topic = entry.type().topic();
                message.messageKey = entry.trackingNumber();
                message.payload = EventCodec.toJson(event);
                message.createdAt = event.time();
                messages.add(message);
            }
            return Panache.getSession()
                    .chain(session -> INSERT.execute(session, messages))
                    .replaceWith(events);
        });
    }

    /**
     * Appends an event through {@code client}, a connection whose transaction the caller holds: for workers that use
     * the SQL client rather than a Hibernate session (e.g. a delivery relay marking what it sent).
     */
    public <T> Uni<CloudEvent> append(SqlClient client, EventType<T> type, String trackingNumber, T payload) {
        CloudEvent event = newEvent(new Entry<>(type, trackingNumber, payload), OffsetDateTime.now(clock));
        return client.preparedQuery("insert into outbox_message (event_id, event_type, topic, message_key, payload, "
                        + "created_at) values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.from(List.of(
                        event.id(),
                        event.type(),
                        type.topic(),
                        trackingNumber,
                        EventCodec.toJson(event),
                        event.time())))
                .replaceWith(event);
    }

    private <T> CloudEvent newEvent(Entry<T> entry, OffsetDateTime now) {
        return EventCodec.newEvent(entry.type(), source, entry.trackingNumber(), entry.payload(), now);
    }
}
