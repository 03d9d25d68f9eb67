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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
    /** The most events a replay holds at once: one poll's, applied and committed before the next. */
    static final int BATCH = 500;

    private static final Logger LOG = Logger.getLogger(TopicReplay.class);

    private final ReportEventConsumers consumers;
    private final RebuildStore store;
    private final String bootstrapServers;
    private final String consumer;
    private final Duration minInterval;
    private final Duration lease;
    private final Clock clock;
    /** This instance, as the owner of the rebuilds it runs: unique per process, so a restart owns none of them. */
    private final String instance =
            System.getenv().getOrDefault("HOSTNAME", "report-service") + "/" + UUID.randomUUID();

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
        this.lease = config.rebuildLease();
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.consumer = consumer;
    }

    void failExpiredAtStartup(@Observes StartupEvent started) throws Throwable {
        VertxContextSupport.subscribeAndAwait(this::failExpired);
    }

    /**
     * Fails the rebuilds whose owner stopped renewing them for longer than {@code ogi.report.rebuild-lease} (its
     * instance stopped): checked when an instance starts, before a rebuild starts and when a run's status is read. A
     * rebuild another live instance runs keeps its lease and goes on.
     */
    public Uni<Integer> failExpired() {
        return Panache.withTransaction(() -> store.failExpired(clock.instant(), lease));
    }

    /**
     * Starts a rebuild and answers its id at once; a 409 while one runs (rebuilds read every event ever published:
     * one at a time) or sooner than {@code ogi.report.rebuild-min-interval} after the last. Call on a Vert.x context.
     */
    public Uni<UUID> start() {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        Context background = safeContext(Vertx.currentContext());
        return Panache.withTransaction(() -> store.failExpired(now, lease)
                        .chain(store::latest)
                        .chain(latest -> {
                            latest.ifPresent(last -> refuseWhileRecent(last, now));
                            return store.start(id, instance, now);
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

    /**
     * The run as it is: one whose owner died reads FAILED with why once its lease has expired, not RUNNING until some
     * instance starts or another rebuild is requested. It is not taken over: a rebuild replays every event ever
     * published and is not resumable, so a live instance would only start it anew unasked; the administrator sees
     * that it stopped, the reports unchanged, and requests a new one.
     */
    public Uni<Optional<Run>> status(UUID id) {
        return Panache.withTransaction(
                () -> store.failExpired(clock.instant(), lease).chain(() -> store.run(id)));
    }

    /** A new context with its own sessions, as a request's: Hibernate Reactive works only on one flagged safe. */
    private static Context safeContext(Context from) {
        Context context = VertxContext.createNewDuplicatedContext(from);
        VertxContextSafetyToggle.setContextSafe(context, true);
        return context;
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

    /**
     * The rebuild itself, on its own context, renewing its lease meanwhile; its outcome is recorded on the run. Every
     * transaction that writes its generation commits only while the run is still its own ({@link RebuildStore#holds},
     * the switch in the transaction that records it SUCCEEDED): a run another instance took as dead stops there and
     * leaves the schema, which a newer run may be building, and the live tables alone.
     */
    private Uni<Integer> run(UUID id, Context context) {
        AtomicInteger applied = new AtomicInteger();
        long heartbeat = renewEvery(id, context);
        Function<List<ConsumerRecord<String, String>>, Uni<Void>> committed = batch -> Panache.withTransaction(
                () -> store.inGeneration().chain(() -> each(batch, applied)).chain(() -> stillOwn(id)));
        return Uni.createFrom()
                .deferred(() ->
                        Panache.withTransaction(() -> store.createGeneration().chain(() -> stillOwn(id))))
                .chain(() -> replay(Map.of(), context, committed))
                // A second pass while the live consumers still run leaves only the last moments' events for the
                // pass that holds them.
                .chain(ends -> replay(ends, context, committed))
                .chain(ends -> Panache.withTransaction(() -> store.holdLiveConsumers()
                        .chain(store::inGeneration)
                        // The events in this transaction, the one holding the live consumers.
                        .chain(() -> replay(ends, context, batch -> each(batch, applied)))
                        .chain(() -> store.succeed(id, instance, clock.instant(), applied.get()))
                        .chain(own -> own
                                ? store.switchGenerations(consumer)
                                : Uni.createFrom().failure(lostLease(id)))))
                .replaceWith(applied::get)
                .onFailure()
                .recoverWithUni(failure -> Panache.withTransaction(
                                () -> store.fail(id, clock.instant(), applied.get(), "重建失败：" + failure.getMessage()))
                        .chain(() -> Uni.createFrom().failure(failure)))
                .eventually(() -> {
                    context.owner().cancelTimer(heartbeat);
                });
    }

    /** Fails the transaction (rolls back what it wrote) unless the run is still this instance's. */
    private Uni<Void> stillOwn(UUID id) {
        return store.holds(id, instance)
                .chain(own ->
                        own ? Uni.createFrom().voidItem() : Uni.createFrom().failure(lostLease(id)));
    }

    /** Renews the run's lease four times per lease, each on a context of its own (a renewal may overlap the next). */
    private long renewEvery(UUID id, Context context) {
        return context.owner()
                .setPeriodic(
                        Math.max(1, lease.toMillis() / 4),
                        timer -> safeContext(context)
                                .runOnContext(ignored -> Panache.withTransaction(
                                                () -> store.renew(id, instance, clock.instant()))
                                        .subscribe()
                                        .with(
                                                renewed -> {
                                                    if (!renewed) {
                                                        LOG.warnf("rebuild %s: no longer this instance's", id);
                                                    }
                                                },
                                                failure ->
                                                        LOG.warnf(failure, "rebuild %s: its lease not renewed", id))));
    }

    private IllegalStateException lostLease(UUID id) {
        return new IllegalStateException("rebuild " + id + " is no longer this instance's (" + instance
                + "): its lease expired and another instance failed it");
    }

    private Uni<Void> each(List<ConsumerRecord<String, String>> batch, AtomicInteger applied) {
        return Multi.createFrom()
                .iterable(batch)
                .onItem()
                .transformToUniAndConcatenate(record -> consumers.replay(record.topic(), record.value()))
                .onItem()
                .ignoreAsUni()
                .invoke(() -> applied.addAndGet(batch.size()));
    }

    /**
     * Applies every record from {@code from} (a partition not named: from its beginning) to each partition's end
     * when the pass began, one poll's batch at a time, and answers those ends (where the next pass starts). The
     * Kafka client blocks: it runs on a worker, and the batches are applied on {@code context}, where the sessions
     * live.
     */
    private Uni<Map<TopicPartition, Long>> replay(
            Map<TopicPartition, Long> from,
            Context context,
            Function<List<ConsumerRecord<String, String>>, Uni<Void>> application) {
        return onWorker(() -> new Cursor(from), context)
                .chain(cursor -> Multi.createBy()
                        .repeating()
                        .uni(() -> onWorker(cursor::next, context))
                        .until(List::isEmpty)
                        .onItem()
                        .<Void>transformToUniAndConcatenate(batch -> application.apply(batch))
                        .onItem()
                        .ignoreAsUni()
                        .replaceWith(cursor.ends)
                        .eventually(() -> onWorker(cursor::close, context)));
    }

    private static <T> Uni<T> onWorker(Supplier<T> blocking, Context context) {
        return Uni.createFrom()
                .item(blocking)
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .emitOn(task -> context.runOnContext(ignored -> task.run()));
    }

    /** Reads the topics partition by partition, in order, each up to its end when the cursor opened. */
    private final class Cursor {

        private final KafkaConsumer<String, String> kafka;
        private final Map<TopicPartition, Long> from;
        private final Map<TopicPartition, Long> ends;
        private final Deque<TopicPartition> partitions = new ArrayDeque<>();
        private TopicPartition current;

        Cursor(Map<TopicPartition, Long> from) {
            Properties properties = new Properties();
            properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            properties.put(ConsumerConfig.GROUP_ID_CONFIG, consumer + "-replay-" + UUID.randomUUID());
            properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
            properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, BATCH);
            this.from = from;
            this.kafka = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
            try {
                for (String topic : TOPICS) {
                    kafka.partitionsFor(topic, Duration.ofSeconds(30))
                            .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                }
                this.ends = Map.copyOf(kafka.endOffsets(partitions, Duration.ofSeconds(30)));
            } catch (RuntimeException failure) {
                kafka.close();
                throw failure;
            }
        }

        /** The next records (at most {@link #BATCH}, of one partition); empty once every partition is read. */
        List<ConsumerRecord<String, String>> next() {
            while (true) {
                if (current == null) {
                    current = partitions.poll();
                    if (current == null) {
                        return List.of();
                    }
                    kafka.assign(List.of(current));
                    if (from.containsKey(current)) {
                        kafka.seek(current, from.get(current));
                    } else {
                        kafka.seekToBeginning(List.of(current));
                    }
                }
                long end = ends.get(current);
                if (kafka.position(current) >= end) {
                    current = null;
                    continue;
                }
                List<ConsumerRecord<String, String>> records = new ArrayList<>();
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofSeconds(1))) {
                    if (record.offset() < end && record.value() != null) {
                        records.add(record);
                    }
                }
                if (!records.isEmpty()) {
                    return records;
                }
            }
        }

        Void close() {
            kafka.close();
            return null;
        }
    }
}
