package org.ogi.report.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ogi.contracts.Topics;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;
import org.ogi.report.config.ReportConfig;
import org.ogi.report.persistence.RebuildStore;
import org.ogi.report.persistence.RebuildStore.Run;

/**
 * Rebuilds the read model from the topics (issue 15 item 9), in the background: every event still on ogi.requests,
 * ogi.cases and ogi.appeals is applied again through the same handlers, partition by partition in order, to a new
 * generation of the tables built aside ({@link RebuildStore}); the live consumers go on updating the old one, which
 * readers keep reading. Once the replay has caught up, the live consumers are held, the last events applied and the
 * generations switched in one transaction. The launcher creates those topics with unlimited retention, so the
 * topics are the history. Frozen reports and imported cases are kept.
 */
@ApplicationScoped
public class TopicReplay {

    static final List<String> TOPICS = List.of(Topics.REQUESTS, Topics.CASES, Topics.APPEALS);
    public static final String STATUS_PATH = "/api/reports/rebuild/";

    private static final Logger LOG = Logger.getLogger(TopicReplay.class);

    private final ReportEventConsumers consumers;
    private final RebuildStore store;
    private final String bootstrapServers;
    private final String consumer;
    private final Duration minInterval;
    private final Clock clock;

    TopicReplay(
            ReportEventConsumers consumers,
            RebuildStore store,
            ReportConfig config,
            Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String consumer) {
        this.consumers = consumers;
        this.store = store;
        this.minInterval = config.rebuildMinInterval();
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.consumer = consumer;
    }

    /** A run left RUNNING by a stopped service never finishes; failing it lets the next one start. */
    void failInterrupted(@Observes StartupEvent started) throws Throwable {
        VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> store.failInterrupted(clock.instant())));
    }

    /**
     * Starts a rebuild and answers its id at once; a 409 while one runs (rebuilds read every event ever published:
     * one at a time) or sooner than {@code ogi.report.rebuild-min-interval} after the last. Call on a Vert.x context.
     */
    public Uni<UUID> start() {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Context background = VertxContext.createNewDuplicatedContext(Vertx.currentContext());
        // Its own sessions, as a request's: Hibernate Reactive works only on a context flagged safe.
        VertxContextSafetyToggle.setContextSafe(background, true);
        return Panache.withTransaction(() -> store.latest().chain(latest -> {
                    latest.ifPresent(last -> refuseWhileRecent(last, now));
                    return store.start(id, now);
                }))
                .invoke(started -> {
                    if (!started) {
                        throw busy(Optional.empty(), "another rebuild started at the same moment");
                    }
                    background.runOnContext(ignored -> run(id, background)
                            .subscribe()
                            .with(
                                    events -> LOG.infof("rebuild %s applied %d events", id, events),
                                    failure -> LOG.errorf(failure, "rebuild %s failed", id)));
                })
                .replaceWith(id);
    }

    public Uni<Optional<Run>> status(UUID id) {
        return Panache.withSession(() -> store.run(id));
    }

    private void refuseWhileRecent(Run last, Instant now) {
        if (Run.RUNNING.equals(last.state())) {
            throw busy(Optional.of(last), "a rebuild is running since " + last.startedAt());
        }
        Instant next = last.startedAt().toInstant().plus(minInterval);
        if (next.isAfter(now)) {
            throw busy(
                    Optional.of(last),
                    "the last rebuild started at " + last.startedAt() + "; the next may start at " + next
                            + " (ogi.report.rebuild-min-interval)");
        }
    }

    private static ProblemException busy(Optional<Run> last, String detail) {
        Problem problem = new Problem(ProblemKind.CONFLICT, detail);
        last.ifPresent(run -> problem.with("currentState", run.state())
                .with("rebuild", STATUS_PATH + run.id())
                .with("allowedActions", List.of("GET " + STATUS_PATH + run.id())));
        if (last.isEmpty()) {
            problem.with("allowedActions", List.of("POST /api/reports/rebuild"));
        }
        return new ProblemException(problem);
    }

    /** The rebuild itself, on its own context; its outcome is recorded on the run. */
    private Uni<Integer> run(UUID id, Context context) {
        AtomicInteger applied = new AtomicInteger();
        return Uni.createFrom()
                .deferred(() -> Panache.withTransaction(store::createGeneration))
                .chain(() -> read(Map.of(), context))
                .call(all -> apply(all, applied))
                // A second pass while the live consumers still run leaves only the last moments' events for the
                // pass that holds them.
                .chain(all -> read(all.ends(), context))
                .call(recent -> apply(recent, applied))
                .chain(recent -> Panache.withTransaction(() -> store.holdLiveConsumers()
                        .chain(() -> read(recent.ends(), context))
                        .chain(last -> store.inGeneration().chain(() -> applyAll(last, applied)))
                        .chain(() -> store.switchGenerations(consumer))))
                .chain(() -> finish(id, Run.SUCCEEDED, applied.get(), null))
                .onFailure()
                .recoverWithUni(failure -> finish(id, Run.FAILED, applied.get(), String.valueOf(failure.getMessage()))
                        .chain(() -> Uni.createFrom().failure(failure)));
    }

    private Uni<Integer> finish(UUID id, String state, int events, String detail) {
        return Panache.withTransaction(() -> store.finish(id, state, clock.instant(), events, detail))
                .replaceWith(events);
    }

    /** Each event in its own transaction on the new generation, as the live consumers apply theirs. */
    private Uni<Void> apply(Batch batch, AtomicInteger applied) {
        return each(
                        batch,
                        record -> Panache.withTransaction(() ->
                                store.inGeneration().chain(() -> consumers.replay(record.topic(), record.value()))))
                .invoke(() -> applied.addAndGet(batch.records().size()));
    }

    /** The events in the caller's transaction (the one holding the live consumers). */
    private Uni<Void> applyAll(Batch batch, AtomicInteger applied) {
        return each(batch, record -> consumers.replay(record.topic(), record.value()))
                .invoke(() -> applied.addAndGet(batch.records().size()));
    }

    private static Uni<Void> each(Batch batch, Function<ConsumerRecord<String, String>, Uni<Void>> application) {
        return Multi.createFrom()
                .iterable(batch.records())
                .onItem()
                .<Void>transformToUniAndConcatenate(record -> application.apply(record))
                .collect()
                .last()
                .replaceWithVoid();
    }

    /** What a pass read, and where each partition ended (where the next pass starts). */
    private record Batch(List<ConsumerRecord<String, String>> records, Map<TopicPartition, Long> ends) {}

    /** Reads on a worker (the Kafka client blocks) and answers on {@code context}, where the sessions live. */
    private Uni<Batch> read(Map<TopicPartition, Long> from, Context context) {
        Supplier<Batch> read = () -> readFrom(from);
        return Uni.createFrom()
                .item(read)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Every record from {@code from} (a partition not named: from its beginning) to each partition's current end. */
    private Batch readFrom(Map<TopicPartition, Long> from) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, consumer + "-replay-" + UUID.randomUUID());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> kafka =
                new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : TOPICS) {
                kafka.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            Map<TopicPartition, Long> ends = new HashMap<>(kafka.endOffsets(partitions, Duration.ofSeconds(30)));
            for (TopicPartition partition : partitions) {
                kafka.assign(List.of(partition));
                if (from.containsKey(partition)) {
                    kafka.seek(partition, from.get(partition));
                } else {
                    kafka.seekToBeginning(List.of(partition));
                }
                long end = ends.get(partition);
                while (kafka.position(partition) < end) {
                    for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofSeconds(1))) {
                        if (record.offset() < end && record.value() != null) {
                            records.add(record);
                        }
                    }
                }
            }
            return new Batch(records, ends);
        }
    }
}
