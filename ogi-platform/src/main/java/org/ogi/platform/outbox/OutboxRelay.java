package org.ogi.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.PgConnection;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ogi.contracts.CloudEvent;
import org.ogi.platform.persistence.DatabaseWakeUps;

/**
 * Publishes outbox rows to Kafka in id order and marks them published only after the broker acknowledged them.
 * A database trigger sends NOTIFY on insert, which PostgreSQL delivers on commit, so the relay wakes as soon as a
 * change commits. While Kafka is down, writes keep committing and the relay retries with backoff.
 *
 * <p>With several instances, one relay per database leads: it holds a session advisory lock on its own connection,
 * which PostgreSQL releases when that connection ends (the process died, or lost the database), and the others
 * try to take it over on each wake-up. One publisher at a time keeps the order per key. A leader that dies after
 * Kafka acknowledged a batch but before its mark committed leaves rows that are on Kafka yet unmarked; so a relay
 * that becomes leader first reads the tails of the partitions it is about to write to, where every record names
 * its outbox row ({@link #OUTBOX_ID_HEADER}), and marks what it finds instead of publishing it again.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String CHANNEL = "ogi_outbox";
    /** The outbox row a record was published from, and the service whose outbox that is. */
    static final String OUTBOX_ID_HEADER = "ogi-outbox-id";

    static final String OUTBOX_SOURCE_HEADER = "ogi-outbox-source";
    static final long RELAY_LOCK = 0x6f67692d72656cL;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** How far back a new leader reads a partition for its own records, at most: a few batches' worth. */
    private static final int TAIL_BATCHES = 4;

    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final Pool pool;
    private final Vertx vertx;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Clock clock;
    private final String applicationName;
    private final DatabaseWakeUps databaseWakeUps;
    private final Counter published;
    private final Counter failures;

    private volatile boolean running;
    /** Set when this relay has just become leader: the previous one may have died between Kafka's ack and its mark. */
    private boolean reconcile;

    private Thread worker;
    /** The connection holding the leader's lock; null while another instance leads. Used by the worker only. */
    private SqlConnection leader;
    /** A connection for trying to take the lock while another instance leads. */
    private SqlConnection standby;

    private KafkaProducer<String, String> producer;
    private DatabaseWakeUps.Signal wakeUps;
    private Instant nextCleanup = Instant.EPOCH;

    /** @param kafkaConfig every {@code kafka.*} property, as the services' channels get it (TLS, SASL included) */
    OutboxRelay(
            Pool pool,
            Vertx vertx,
            OutboxConfig config,
            MeterRegistry registry,
            Clock clock,
            @Identifier("default-kafka-broker") Map<String, Object> kafkaConfig,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            DatabaseWakeUps databaseWakeUps) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.clock = clock;
        this.applicationName = applicationName;
        this.databaseWakeUps = databaseWakeUps;
        this.published = registry.counter("ogi.outbox.published");
        this.failures = registry.counter("ogi.outbox.relay.failures");
    }

    void start(@Observes StartupEvent event) {
        producer = new KafkaProducer<>(producerProperties());
        wakeUps = databaseWakeUps.listen(CHANNEL, config.fallbackPollInterval());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (wakeUps != null) {
            wakeUps.wake();
        }
        try {
            if (worker != null) {
                worker.join(Duration.ofSeconds(10).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(leader);
        closeQuietly(standby);
        if (wakeUps != null) {
            wakeUps.close();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                if (!lead()) {
                    awaitWork(config.fallbackPollInterval());
                    continue;
                }
                int count = relayBatch();
                backoff = config.initialBackoff();
                cleanUpIfDue();
                if (count < config.batchSize()) {
                    awaitWork(config.fallbackPollInterval());
                }
            } catch (Exception e) {
                failures.increment();
                // Whether the last batch reached Kafka is unknown: lead again only after reading the partitions.
                stepDown();
                LOG.warnf("outbox relay could not publish (%s); retrying in %d ms", e.getMessage(), backoff.toMillis());
                awaitWork(backoff);
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                        ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    private void awaitWork(Duration timeout) {
        try {
            wakeUps.await(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * Whether this relay leads, taking the lock if it is free. A relay that has just taken it reconciles the head of
     * the outbox with the partitions' tails before it publishes anything.
     */
    private boolean lead() {
        if (leader != null) {
            return true;
        }
        if (standby == null) {
            standby = PgConnection.connect(vertx, databaseWakeUps.connectOptions())
                    .await()
                    .atMost(DB_TIMEOUT);
        }
        boolean locked = standby.query("select pg_try_advisory_lock(" + RELAY_LOCK + ")")
                .execute()
                .await()
                .atMost(DB_TIMEOUT)
                .iterator()
                .next()
                .getBoolean(0);
        if (locked) {
            leader = standby;
            standby = null;
            reconcile = true;
            LOG.infof("outbox relay of %s leads", applicationName);
        }
        return locked;
    }

    /** Gives the lock up by closing its connection; another instance, or this one later, takes over. */
    private void stepDown() {
        closeQuietly(leader);
        leader = null;
        closeQuietly(standby);
        standby = null;
    }

    private static void closeQuietly(SqlConnection connection) {
        if (connection != null) {
            try {
                connection.close().await().atMost(DB_TIMEOUT);
            } catch (RuntimeException e) {
                LOG.debugf("closing a relay connection failed: %s", e.getMessage());
            }
        }
    }

    /** One transaction on the leader's connection: read a batch, publish, wait for acks, mark what was acknowledged. */
    int relayBatch() throws Exception {
        Transaction tx = leader.begin().await().atMost(DB_TIMEOUT);
        List<Row> rows = new ArrayList<>();
        leader.preparedQuery("select id, topic, message_key, payload from outbox_message "
                        + "where published_at is null order by id limit $1")
                .execute(Tuple.of(config.batchSize()))
                .await()
                .atMost(DB_TIMEOUT)
                .forEach(rows::add);
        List<Long> acknowledged = new ArrayList<>(rows.size());
        if (reconcile && !rows.isEmpty()) {
            Set<Long> onKafka = alreadyOnKafka(rows);
            if (!onKafka.isEmpty()) {
                LOG.infof(
                        "outbox relay of %s found %d rows on Kafka that a previous relay published but did not mark",
                        applicationName, onKafka.size());
                rows.removeIf(row -> onKafka.contains(row.getLong("id")));
                acknowledged.addAll(onKafka);
            }
        }
        int reconciled = acknowledged.size();
        Exception failure = publish(rows, acknowledged);
        if (!acknowledged.isEmpty()) {
            leader.preparedQuery("update outbox_message set published_at = $2 where id = any($1)")
                    .execute(Tuple.tuple()
                            .addArrayOfLong(acknowledged.toArray(Long[]::new))
                            .addOffsetDateTime(OffsetDateTime.now(clock)))
                    .await()
                    .atMost(DB_TIMEOUT);
        }
        tx.commit().await().atMost(DB_TIMEOUT);
        reconcile = false;
        published.increment(acknowledged.size() - reconciled);
        if (failure != null) {
            throw failure;
        }
        return acknowledged.size();
    }

    /**
     * The ids of {@code rows} some relay already published: read from the end of each partition of their topics
     * back to a record of this outbox older than the first row. One relay publishes at a time, in id order, so
     * within a partition this outbox's ids only grow.
     */
    private Set<Long> alreadyOnKafka(List<Row> rows) {
        long first = rows.get(0).getLong("id");
        Set<Long> pending = new HashSet<>();
        Set<String> topics = new TreeSet<>();
        rows.forEach(row -> {
            pending.add(row.getLong("id"));
            topics.add(row.getString("topic"));
        });
        Set<Long> found = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties())) {
            for (String topic : topics) {
                for (PartitionInfo partition : consumer.partitionsFor(topic, DB_TIMEOUT)) {
                    TopicPartition tp = new TopicPartition(topic, partition.partition());
                    readTail(consumer, tp, first, found);
                }
            }
        }
        found.retainAll(pending);
        return found;
    }

    private void readTail(KafkaConsumer<String, String> consumer, TopicPartition tp, long first, Set<Long> found) {
        consumer.assign(List.of(tp));
        long begin = consumer.beginningOffsets(List.of(tp), DB_TIMEOUT).get(tp);
        long end = consumer.endOffsets(List.of(tp), DB_TIMEOUT).get(tp);
        long chunk = config.batchSize();
        long oldest = Math.max(begin, end - TAIL_BATCHES * chunk);
        long to = end;
        boolean olderSeen = false;
        while (to > oldest && !olderSeen) {
            long from = Math.max(oldest, to - chunk);
            consumer.seek(tp, from);
            long next = from;
            long deadline = System.nanoTime() + config.sendTimeout().toNanos();
            while (next < to) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + tp + " back to offset " + from);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    next = record.offset() + 1;
                    if (record.offset() >= to) {
                        break;
                    }
                    Long id = outboxId(record);
                    if (id != null) {
                        found.add(id);
                        olderSeen |= id < first;
                    }
                }
                next = Math.max(next, consumer.position(tp));
            }
            to = from;
        }
    }

    /** The outbox id a record of this service carries, or null for a record of someone else (or of an old relay). */
    private Long outboxId(ConsumerRecord<String, String> record) {
        Header source = record.headers().lastHeader(OUTBOX_SOURCE_HEADER);
        Header id = record.headers().lastHeader(OUTBOX_ID_HEADER);
        if (source == null
                || id == null
                || !applicationName.equals(new String(source.value(), StandardCharsets.UTF_8))) {
            return null;
        }
        return Long.parseLong(new String(id.value(), StandardCharsets.UTF_8));
    }

    /** The record a row is published as; the headers name the row, for {@link #alreadyOnKafka}. */
    static ProducerRecord<String, String> record(String source, long id, String topic, String key, String payload) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, payload);
        record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        record.headers().add(OUTBOX_SOURCE_HEADER, source.getBytes(StandardCharsets.UTF_8));
        record.headers().add(OUTBOX_ID_HEADER, Long.toString(id).getBytes(StandardCharsets.UTF_8));
        return record;
    }

    /** Sends the rows in order and collects the ids of the acknowledged prefix; returns the first failure. */
    private Exception publish(List<Row> rows, List<Long> acknowledged) throws InterruptedException {
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        Exception failure = null;
        for (Row row : rows) {
            ProducerRecord<String, String> record = record(
                    applicationName,
                    row.getLong("id"),
                    row.getString("topic"),
                    row.getString("message_key"),
                    row.getString("payload"));
            try {
                sends.add(producer.send(record));
            } catch (RuntimeException e) {
                failure = e;
                break;
            }
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        for (int i = 0; i < sends.size(); i++) {
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(rows.get(i).getLong("id"));
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    throw (InterruptedException) e;
                }
                return e;
            }
        }
        return failure;
    }

    private void cleanUpIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(CLEANUP_EVERY);
        pool.preparedQuery("delete from outbox_message where published_at < $1")
                .execute(Tuple.of(OffsetDateTime.now(clock).minus(config.retention())))
                .await()
                .atMost(DB_TIMEOUT);
    }

    /** For reading the partitions' tails: assigned partitions, no group, nothing committed. */
    Properties consumerProperties() {
        Properties props = new Properties();
        props.putAll(kafkaConfig);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-reconcile");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.batchSize());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return props;
    }

    /** The services' Kafka client configuration, with what the relay needs on top. */
    Properties producerProperties() {
        Properties props = new Properties();
        props.putAll(kafkaConfig);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, applicationName + "-outbox-relay");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        // Fail fast while the broker is away; the relay's own backoff takes over and nothing is lost.
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 3000);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return props;
    }
}
