package org.ogi.platform.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.EventType;
import org.ogi.platform.logging.LogContext;

/**
 * Applies an event at most once per consumer, the service itself ({@code quarkus.application.name}, also its Kafka
 * group id): the (consumer, event id) row is inserted first, in the same transaction as the handler's change. A redelivered event finds the row and changes nothing; if the handler
 * fails, the row rolls back with it and a redelivery is applied.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final String consumer;

    IdempotentConsumer(@ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.consumer = applicationName;
    }

    /** How one event type on a topic is applied. */
    public record Handler<T>(EventType<T> type, BiFunction<CloudEvent, T, Uni<Void>> apply) {

        public static <T> Handler<T> on(EventType<T> type, BiFunction<CloudEvent, T, Uni<Void>> apply) {
            return new Handler<>(type, apply);
        }

        private Uni<Void> applyTo(CloudEvent event) {
            return apply.apply(event, event.dataAs(type));
        }
    }

    /**
     * Handles {@code rawEvent} if it is of {@code type}; other types on the same topic are ignored.
     * Malformed events fail, so the channel's dead-letter strategy keeps them instead of dropping them.
     */
    public <T> Uni<Void> consume(String rawEvent, EventType<T> type, BiFunction<CloudEvent, T, Uni<Void>> handler) {
        return consume(rawEvent, List.of(Handler.on(type, handler)));
    }

    /** Handles {@code rawEvent} with the handler of its type; types without a handler are ignored. */
    public Uni<Void> consume(String rawEvent, List<Handler<?>> handlers) {
        CloudEvent event = EventCodec.fromJson(rawEvent);
        Optional<Handler<?>> handler =
                handlers.stream().filter(h -> event.is(h.type())).findFirst();
        if (handler.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        MDC.put(LogContext.TRACKING_NUMBER, event.subject());
        return Panache.withTransaction(() -> firstDelivery(event).chain(first -> {
                    if (!first) {
                        LOG.debugf("%s already applied %s %s", consumer, event.type(), event.id());
                        return Uni.createFrom().voidItem();
                    }
                    return handler.get().applyTo(event);
                }))
                .onFailure()
                .retry()
                .withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5))
                .atMost(5);
    }

    private Uni<Boolean> firstDelivery(CloudEvent event) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into consumed_event (consumer, event_id, event_type) values (:consumer, :eventId, :type) "
                                        + "on conflict do nothing")
                        .setParameter("consumer", consumer)
                        .setParameter("eventId", event.id())
                        .setParameter("type", event.type())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
