package org.ogi.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ogi.contracts.CloudEvent;

/**
 * Publishes outbox rows to Kafka in id order and marks them published only after the broker acknowledged them.
 * A database trigger sends NOTIFY on insert, which PostgreSQL delivers on commit, so the relay wakes as soon as a
 * change commits. One relay per database at a time holds an advisory lock, which keeps the order per key with
 * several instances. While Kafka is down, writes keep committing and the relay retries with backoff.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String CHANNEL = "ogi_outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f67692d72656cL;
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(10);

    private final Pool pool;
    private final Vertx vertx;
    private final OutboxConfig config;
    private final Map<String, Object> kafkaConfig;
    private final Clock clock;
    private final String applicationName;
    private final PgConnectOptions listenOptions;
    private final Counter published;
    private final Counter failures;
    private final Semaphore wakeUps = new Semaphore(0);

    private volatile boolean running;
    private Thread worker;
    private KafkaProducer<String, String> producer;
    private PgSubscriber subscriber;
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
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String reactiveUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.pool = pool;
        this.vertx = vertx;
        this.config = config;
        this.kafkaConfig = kafkaConfig;
        this.clock = clock;
        this.applicationName = applicationName;
        PgConnectOptions options = PgConnectOptions.fromUri(reactiveUrl.replaceFirst("^vertx-reactive:", ""));
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        this.listenOptions = options;
        this.published = registry.counter("ogi.outbox.published");
        this.failures = registry.counter("ogi.outbox.relay.failures");
    }

    void start(@Observes StartupEvent event) {
        producer = new KafkaProducer<>(producerProperties());
        subscriber = PgSubscriber.subscriber(vertx, listenOptions).reconnectPolicy(retries -> 1000L);
        subscriber.channel(CHANNEL).handler(payload -> wakeUps.release());
        subscriber
                .connect()
                .subscribe()
                .with(
                        ok -> wakeUps.release(),
                        failure -> LOG.warnf(
                                "outbox LISTEN not connected (%s); polling every %s until it is",
                                failure.getMessage(), config.fallbackPollInterval()));
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        wakeUps.release();
        try {
            if (worker != null) {
                worker.join(Duration.ofSeconds(10).toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (subscriber != null) {
            subscriber.closeAndAwait();
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                int count = relayBatch();
                backoff = config.initialBackoff();
                cleanUpIfDue();
                if (count < config.batchSize()) {
                    awaitWork(config.fallbackPollInterval());
                }
            } catch (Exception e) {
                failures.increment();
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
            wakeUps.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
            wakeUps.drainPermits();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** One transaction: lock, read a batch, publish, wait for acks, mark the acknowledged prefix as published. */
    int relayBatch() throws Exception {
        SqlConnection connection = pool.getConnection().await().atMost(DB_TIMEOUT);
        try {
            Transaction tx = connection.begin().await().atMost(DB_TIMEOUT);
            boolean locked = connection
                    .query("select pg_try_advisory_xact_lock(" + RELAY_LOCK + ")")
                    .execute()
                    .await()
                    .atMost(DB_TIMEOUT)
                    .iterator()
                    .next()
                    .getBoolean(0);
            if (!locked) {
                tx.rollback().await().atMost(DB_TIMEOUT);
                return 0;
            }
            List<Row> rows = new ArrayList<>();
            connection
                    .preparedQuery("select id, topic, message_key, payload from outbox_message "
                            + "where published_at is null order by id limit $1")
                    .execute(Tuple.of(config.batchSize()))
                    .await()
                    .atMost(DB_TIMEOUT)
                    .forEach(rows::add);
            List<Long> acknowledged = new ArrayList<>(rows.size());
            Exception failure = publish(rows, acknowledged);
            if (!acknowledged.isEmpty()) {
                connection
                        .preparedQuery("update outbox_message set published_at = $2 where id = any($1)")
                        .execute(Tuple.tuple()
                                .addArrayOfLong(acknowledged.toArray(Long[]::new))
                                .addOffsetDateTime(OffsetDateTime.now(clock)))
                        .await()
                        .atMost(DB_TIMEOUT);
            }
            tx.commit().await().atMost(DB_TIMEOUT);
            published.increment(acknowledged.size());
            if (failure != null) {
                throw failure;
            }
            return acknowledged.size();
        } finally {
            connection.close().await().atMost(DB_TIMEOUT);
        }
    }

    /** Sends the rows in order and collects the ids of the acknowledged prefix; returns the first failure. */
    private Exception publish(List<Row> rows, List<Long> acknowledged) throws InterruptedException {
        List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
        Exception failure = null;
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(
                    row.getString("topic"), row.getString("message_key"), row.getString("payload"));
            record.headers().add("content-type", CloudEvent.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
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
