package org.ogi.report.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ogi.contracts.Topics;
import org.ogi.platform.problem.ProblemException;
import org.ogi.report.config.ReportConfig;
import org.ogi.report.persistence.ReadModel;

/**
 * Rebuilds the read model from the topics (issue 15 item 9): the event facts, counters and this service's dedupe
 * rows are dropped, then every event still on ogi.requests, ogi.cases and ogi.appeals is applied again through the
 * same handlers, partition by partition in order. The launcher creates those topics with unlimited retention, so
 * the topics are the history. Frozen reports and imported cases are kept.
 */
@ApplicationScoped
public class TopicReplay {

    static final List<String> TOPICS = List.of(Topics.REQUESTS, Topics.CASES, Topics.APPEALS);

    private final ReportEventConsumers consumers;
    private final ReadModel model;
    private final String bootstrapServers;
    private final String consumer;
    private final Duration minInterval;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastStarted = Instant.MIN;

    TopicReplay(
            ReportEventConsumers consumers,
            ReadModel model,
            ReportConfig config,
            Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "quarkus.application.name") String consumer) {
        this.consumers = consumers;
        this.model = model;
        this.minInterval = config.rebuildMinInterval();
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
        this.consumer = consumer;
    }

    /**
     * Replays the topics; answers how many events were read. Call on a Vert.x context (a request): the topics are
     * read on a worker, the events applied back on the caller's context, where the database sessions live.
     */
    public Uni<Integer> rebuild() {
        Instant now = clock.instant();
        if (lastStarted.plus(minInterval).isAfter(now) || !running.compareAndSet(false, true)) {
            // A rebuild reads every event ever published: one at a time, and not again at once.
            throw ProblemException.conflict("a rebuild started at " + lastStarted + "; the next may start "
                    + minInterval + " after it (ogi.report.rebuild-min-interval)");
        }
        lastStarted = now;
        Context context = Vertx.currentContext();
        return Panache.withTransaction(() -> model.dropEventFacts(consumer))
                .chain(() -> Uni.createFrom()
                        .item(this::readAll)
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .emitOn(task -> context.runOnContext(ignored -> task.run())))
                .chain(records -> Multi.createFrom()
                        .iterable(records)
                        .onItem()
                        .transformToUniAndConcatenate(r -> consumers.replay(r.topic(), r.value()))
                        .collect()
                        .last()
                        .replaceWith(records.size()))
                .eventually(() -> running.set(false));
    }

    /** Every record now on the topics, each partition read from its beginning to its current end. */
    private List<ConsumerRecord<String, String>> readAll() {
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
            Map<TopicPartition, Long> ends = kafka.endOffsets(partitions, Duration.ofSeconds(30));
            for (TopicPartition partition : partitions) {
                kafka.assign(List.of(partition));
                kafka.seekToBeginning(List.of(partition));
                long end = ends.get(partition);
                while (kafka.position(partition) < end) {
                    for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofSeconds(1))) {
                        if (record.offset() < end && record.value() != null) {
                            records.add(record);
                        }
                    }
                }
            }
            return records;
        }
    }
}
