package org.ogi.platform.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.EventType;
import org.ogi.platform.logging.LogContext;
import org.ogi.platform.persistence.MultiRowInsert;

/**
 * Applies an event at most once per consumer, the service itself ({@code quarkus.application.name}, also its Kafka
 * group id): the (consumer, event id) row is inserted first, in the same transaction as the handler's change. A redelivered event finds the row and changes nothing; if the handler
 * fails, the row rolls back with it and a redelivery is applied.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    /** An event of a batch and the handler of its type. */
    private record Delivery(CloudEvent event, Handler<?> handler) {}

    private final String consumer;
    private final MultiRowInsert<Delivery> consumedRows;

    IdempotentConsumer(@ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.consumer = applicationName;
        this.consumedRows = MultiRowInsert.<Delivery>into("consumed_event")
                .set("consumer", d -> applicationName)
                .set("event_id", d -> d.event().id())
                .set("event_type", d -> d.event().type());
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
        Optional<Handler<?>> handler = handlerOf(rawEvent, handlers);
        if (handler.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        CloudEvent event = EventCodec.fromJson(rawEvent);
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

    /**
     * Applies the records of one poll ({@code batch=true} on the channel) in ONE transaction: one insert of their
     * dedupe rows, then the handlers of the events delivered for the first time, one after another in the records'
     * order (so in order per key). If that transaction fails, nothing of it stays and the records are applied one per
     * transaction as {@link #consume(String, List)} does, so a bad event fails only itself: it is nacked, which sends
     * it to the channel's dead-letter topic, and the others are applied. Acknowledges the batch at the end.
     */
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch, List<Handler<?>> handlers) {
        return applyPoll(batch, handlers, this::oneAfterAnother);
    }

    /** How an event of one type becomes a command; null when the event asks for nothing. */
    public record Command<T, C>(EventType<T> type, BiFunction<CloudEvent, T, C> of) {

        public static <T, C> Command<T, C> on(EventType<T> type, BiFunction<CloudEvent, T, C> of) {
            return new Command<>(type, of);
        }

        private C of(CloudEvent event) {
            return of.apply(event, event.dataAs(type));
        }
    }

    /**
     * As {@link #consume(KafkaRecordBatch, List)}, but the events delivered for the first time become commands, in
     * the records' order, and {@code applyAll} applies all of them at once: a poll's work in a few statements instead
     * of a few per event. A record applied alone (after a failed batch) is a list of one.
     */
    public <C> Uni<Void> consume(
            KafkaRecordBatch<String, String> batch,
            List<? extends Command<?, ? extends C>> commands,
            Function<List<C>, Uni<Void>> applyAll) {
        Map<String, Command<?, ? extends C>> byType = new HashMap<>();
        commands.forEach(command -> byType.put(command.type().type(), command));
        List<Handler<?>> handlers = commands.stream()
                .<Handler<?>>map(command -> commandHandler(command, applyAll))
                .toList();
        return applyPoll(batch, handlers, firstTime -> {
            List<C> all = new ArrayList<>(firstTime.size());
            for (Delivery delivery : firstTime) {
                CloudEvent event = delivery.event();
                C command = byType.get(event.type()).of(event);
                if (command != null) {
                    all.add(command);
                }
            }
            return all.isEmpty() ? Uni.createFrom().voidItem() : applyAll.apply(all);
        });
    }

    private static <T, C> Handler<T> commandHandler(
            Command<T, ? extends C> command, Function<List<C>, Uni<Void>> applyAll) {
        return Handler.on(command.type(), (source, payload) -> {
            C one = command.of().apply(source, payload);
            return one == null ? Uni.createFrom().voidItem() : applyAll.apply(List.of(one));
        });
    }

    private Uni<Void> applyPoll(
            KafkaRecordBatch<String, String> batch,
            List<Handler<?>> handlers,
            Function<List<Delivery>, Uni<Void>> applyFirstTime) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        return Uni.createFrom()
                .item(() -> deliveries(records, handlers))
                .chain(deliveries -> deliveries.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : Panache.withTransaction(() -> applyInOneTransaction(deliveries, applyFirstTime)))
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.debugf(failure, "%s applies a batch of %d one event at a time", consumer, records.size());
                    return oneAtATime(records, handlers);
                })
                .chain(() -> Uni.createFrom().completionStage(batch::ack));
    }

    private static List<Delivery> deliveries(List<KafkaRecord<String, String>> records, List<Handler<?>> handlers) {
        List<Delivery> deliveries = new ArrayList<>();
        for (KafkaRecord<String, String> record : records) {
            String rawEvent = record.getPayload();
            handlerOf(rawEvent, handlers)
                    .ifPresent(handler -> deliveries.add(new Delivery(EventCodec.fromJson(rawEvent), handler)));
        }
        return deliveries;
    }

    /** The dedupe rows of the deliveries, then {@code applyFirstTime} with the events not applied before. */
    private Uni<Void> applyInOneTransaction(
            List<Delivery> deliveries, Function<List<Delivery>, Uni<Void>> applyFirstTime) {
        return Panache.getSession()
                .chain(session -> consumedRows.insertNew(session, deliveries, "event_id", String.class))
                .chain(inserted -> {
                    // An event twice in the batch has one row: only its first delivery applies it.
                    Set<String> firstTime = new HashSet<>(inserted);
                    List<Delivery> toApply = new ArrayList<>(firstTime.size());
                    for (Delivery delivery : deliveries) {
                        CloudEvent event = delivery.event();
                        if (firstTime.remove(event.id())) {
                            toApply.add(delivery);
                        } else {
                            LOG.debugf("%s already applied %s %s", consumer, event.type(), event.id());
                        }
                    }
                    return applyFirstTime.apply(toApply);
                });
    }

    /** Each event with the handler of its type, in order. */
    private Uni<Void> oneAfterAnother(List<Delivery> deliveries) {
        return Panache.getSession().chain(session -> {
            Uni<Void> applied = Uni.createFrom().voidItem();
            for (Delivery delivery : deliveries) {
                applied = applied.chain(() -> {
                    MDC.put(LogContext.TRACKING_NUMBER, delivery.event().subject());
                    // Flushed after each event, so the next one's queries see its changes.
                    return delivery.handler().applyTo(delivery.event()).chain(session::flush);
                });
            }
            return applied;
        });
    }

    private Uni<Void> oneAtATime(List<KafkaRecord<String, String>> records, List<Handler<?>> handlers) {
        Uni<Void> applied = Uni.createFrom().voidItem();
        for (KafkaRecord<String, String> record : records) {
            applied = applied.chain(() -> Uni.createFrom()
                    .deferred(() -> consume(record.getPayload(), handlers))
                    .onFailure()
                    .recoverWithUni(failure -> Uni.createFrom().completionStage(() -> record.nack(failure))));
        }
        return applied;
    }

    /** Found from the type alone: most events on a topic are for other consumers, and are not parsed here. */
    private static Optional<Handler<?>> handlerOf(String rawEvent, List<Handler<?>> handlers) {
        String type = EventCodec.typeOf(rawEvent);
        return handlers.stream().filter(h -> h.type().type().equals(type)).findFirst();
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
