package org.ogi.benchmarks.pipeline;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.ogi.contracts.Topics;
import org.ogi.stack.DatabaseServer;
import org.ogi.stack.OgiService;
import org.ogi.stack.StackConfig;
import org.ogi.stack.StackControl;

/**
 * The pipeline's latency at a steady rate of registrations: from a registration's commit at intake to (a) the case
 * opened, (b) the reply due date recorded by case-service and (c) the acknowledgement sent by notification-service
 * (the commit of its SENT state), next to the broker's own produce-to-consume latency in the same run.
 *
 * <p>It starts the whole stack with the launcher ({@code ./ogi up}'s, one instance of each service, ports 15000 above
 * the default and work dir {@code benchmarks/target/pipeline-stack} unless OGI_PORT_OFFSET and OGI_WORK_DIR say
 * otherwise), registers in-person requests of random applicants as the demo clerk at each rate (open loop: a request
 * leaves every 1/rate s whatever the answers), waits until every accepted one has gone through, and reads the times
 * from PostgreSQL: each step's commit time, {@code pg_xact_commit_timestamp(xmin)} (the launcher's server tracks
 * commit timestamps) of the row it inserted: intake's request row, and the {@code consumed_event} row the consuming
 * service inserted in the same transaction as its change. One clock (the database server's) and the moment each
 * effect became visible. The broker's latency: a consumer of {@code ogi.requests} in this JVM, receipt time minus the
 * record's create time (set by intake's relay as it sends).
 *
 * <p>Arguments: rates per second (comma-separated, default 20,50,100), seconds measured per rate (120), seconds of
 * warm-up at the first rate (60).
 */
public final class PipelineLoad {

    // Every port stays below Linux's ephemeral range (32768 on), where a client socket may hold one the stack needs.
    private static final int DEFAULT_PORT_OFFSET = 15_000;
    private static final Duration DRAIN = Duration.ofSeconds(120);
    private static final Pattern TRACKING_NUMBER = Pattern.compile("\"trackingNumber\":\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    private static final String TEMPLATE = "{\"channel\":\"IN_PERSON\","
            + "\"applicant\":{\"type\":\"NATURAL_PERSON\",\"name\":\"张三\",\"idType\":\"RESIDENT_ID\","
            + "\"idNumber\":\"%s\",\"phone\":\"139%08d\",\"email\":\"zhangsan@example.cn\",\"address\":\"北京市东城区\"},"
            + "\"information\":{\"title\":\"2025年区财政预算执行情况\",\"description\":\"请提供2025年区财政预算执行情况报告全文\"},"
            + "\"delivery\":{\"form\":\"ELECTRONIC\",\"method\":\"EMAIL\"}}";

    private final StackConfig config;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile String token;
    private volatile Instant tokenIssued = Instant.EPOCH;
    /** Broker latencies (ms) of the phase being measured; null between phases. */
    private volatile List<Long> brokerLatencies;

    private volatile boolean consuming = true;

    private PipelineLoad(StackConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        List<Integer> rates = List.of((args.length > 0 ? args[0] : "20,50,100").split(",")).stream()
                .map(String::trim)
                .map(Integer::parseInt)
                .toList();
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 120;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent(StackConfig.HOME, System.getProperty("ogi.home", "."));
        env.putIfAbsent(
                StackConfig.WORK_DIR,
                Path.of(env.get(StackConfig.HOME), "benchmarks/target/pipeline-stack")
                        .toString());
        env.putIfAbsent(StackConfig.PORT_OFFSET, Integer.toString(DEFAULT_PORT_OFFSET));
        env.remove(StackConfig.INSTANCES);
        StackConfig config = StackConfig.fromEnvironment(env);
        StackControl control = new StackControl(config);
        control.down(line -> System.out.println("[stack] " + line));
        control.up(line -> System.out.println("[stack] " + line));
        try {
            new PipelineLoad(config).run(rates, seconds, warmup);
        } finally {
            control.down(line -> System.out.println("[stack] " + line));
        }
    }

    private record Phase(int rate, int sent, int failed, Set<String> accepted, List<Long> broker) {}

    private void run(List<Integer> rates, int seconds, int warmup) throws Exception {
        Thread consumer = new Thread(this::consumeRequests, "broker-latency");
        consumer.setDaemon(true);
        consumer.start();
        System.out.printf("warm-up: %d s at %d/s%n", warmup, rates.get(0));
        Phase warm = load(rates.get(0), warmup);
        drain(warm.accepted());
        String header = "| rate | sent | accepted | failed | (a) case opened p50 / p99 / max | (b) reply due date at"
                + " case-service p50 / p99 / max | (c) acknowledgement sent p50 / p99 / max | broker produce→consume"
                + " p50 / p99 / max |%n|---|---|---|---|---|---|---|---|%n";
        List<String> rows = new ArrayList<>();
        for (int rate : rates) {
            System.out.printf("measuring: %d s at %d/s%n", seconds, rate);
            Phase phase = load(rate, seconds);
            drain(phase.accepted());
            // Each rate's row as soon as it is known, so a run cut short still shows the rates it finished.
            Map<String, List<Long>> steps = measure(phase.accepted());
            rows.add(row(phase, steps));
            System.out.printf(
                    "(b)'s first hop at %d/s, the clocks set at deadline-service p50 / p99 / max: %s%n",
                    rate, summary(steps.get("b1"), phase.accepted().size()));
            System.out.printf(header, new Object[0]);
            rows.forEach(System.out::println);
        }
        consuming = false;
    }

    /** The phase's table row; a step some registrations had not reached by the end of the drain says how many did. */
    private String row(Phase phase, Map<String, List<Long>> steps) {
        int accepted = phase.accepted().size();
        return String.format(
                Locale.ROOT,
                "| %d/s | %,d | %,d | %,d | %s | %s | %s | %s |",
                phase.rate(),
                phase.sent(),
                accepted,
                phase.failed(),
                summary(steps.get("a"), accepted),
                summary(steps.get("b"), accepted),
                summary(steps.get("c"), accepted),
                summary(phase.broker(), phase.broker().size()));
    }

    /** Registrations at {@code rate} per second for {@code seconds}, open loop. */
    private Phase load(int rate, int seconds) throws Exception {
        URI requests = URI.create(config.serviceUrl(OgiService.INTAKE) + "/api/requests");
        Set<String> accepted = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Long> broker = Collections.synchronizedList(new ArrayList<>());
        brokerLatencies = broker;
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        long total = (long) rate * seconds;
        ticks.scheduleAtFixedRate(
                () -> {
                    if (sent.get() >= total) {
                        return;
                    }
                    sent.incrementAndGet();
                    HttpRequest request = HttpRequest.newBuilder(requests)
                            .timeout(Duration.ofSeconds(30))
                            .header("Authorization", "Bearer " + token())
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body()))
                            .build();
                    http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                            .whenComplete((answer, error) -> {
                                Matcher tn = answer == null ? null : TRACKING_NUMBER.matcher(answer.body());
                                if (answer != null && answer.statusCode() == 201 && tn.find()) {
                                    accepted.add(tn.group(1));
                                } else {
                                    failed.incrementAndGet();
                                }
                            });
                },
                0,
                1_000_000L / rate,
                TimeUnit.MICROSECONDS);
        Thread.sleep(seconds * 1000L);
        ticks.shutdown();
        ticks.awaitTermination(5, TimeUnit.SECONDS);
        // Answers still on their way.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (accepted.size() + failed.get() < sent.get() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        brokerLatencies = null;
        return new Phase(rate, sent.get(), failed.get(), Set.copyOf(accepted), List.copyOf(broker));
    }

    /** Waits until every accepted registration has its acknowledgement and its reply due date at case-service. */
    private void drain(Set<String> accepted) throws Exception {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, List<Long>> steps = measure(accepted);
            if (steps.values().stream().allMatch(list -> list.size() == accepted.size())) {
                return;
            }
            Thread.sleep(1000);
        }
        System.out.println("  not all registrations went through within " + DRAIN.toSeconds() + " s");
    }

    /** Per step (a, b, c), the milliseconds from intake's commit to the step's commit of each registration. */
    private Map<String, List<Long>> measure(Set<String> trackingNumbers) throws Exception {
        Map<String, Instant> registered = new HashMap<>();
        Map<String, String> receivedEvents = new HashMap<>();
        try (Connection intake = open(OgiService.INTAKE)) {
            query(
                    intake,
                    "select tracking_number, pg_xact_commit_timestamp(xmin) from information_request"
                            + " where tracking_number = any(?)",
                    trackingNumbers,
                    row -> registered.put(row.getString(1), row.getTimestamp(2).toInstant()));
            query(
                    intake,
                    "select event_id, message_key from outbox_message where event_type = 'ogi.request.received.v1'"
                            + " and message_key = any(?)",
                    trackingNumbers,
                    row -> receivedEvents.put(row.getString(1), row.getString(2)));
        }
        Map<String, String> replyScheduled = new HashMap<>();
        try (Connection deadline = open(OgiService.DEADLINE)) {
            query(
                    deadline,
                    "select event_id, message_key from outbox_message where event_type = 'ogi.deadline.scheduled.v1'"
                            + " and cast(payload as jsonb) -> 'data' ->> 'clock' = 'REPLY' and message_key = any(?)",
                    trackingNumbers,
                    row -> replyScheduled.put(row.getString(1), row.getString(2)));
        }
        Map<String, List<Long>> steps = new LinkedHashMap<>();
        steps.put("a", since(registered, consumed(OgiService.CASE, receivedEvents)));
        steps.put("b", since(registered, consumed(OgiService.CASE, replyScheduled)));
        // (b)'s first hop: deadline-service's commit of the clocks set from the registration's event.
        steps.put("b1", since(registered, consumed(OgiService.DEADLINE, receivedEvents)));
        steps.put("c", since(registered, acknowledgementSent(receivedEvents)));
        return steps;
    }

    /**
     * When each acknowledgement was sent: the commit of its notification row's SENT state, which the delivery relay
     * writes in the transaction in which the channel (here the SMTP relay) has accepted the message. Nothing updates a
     * sent e-mail's row afterwards, so its xmin is that transaction.
     */
    private Map<String, Instant> acknowledgementSent(Map<String, String> trackingNumberOfEvent) throws Exception {
        Map<String, Instant> at = new HashMap<>();
        try (Connection connection = open(OgiService.NOTIFICATION)) {
            query(
                    connection,
                    "select event_id, pg_xact_commit_timestamp(xmin) from notification where event_id = any(?)"
                            + " and kind = 'ACKNOWLEDGEMENT' and status = 'SENT'",
                    trackingNumberOfEvent.keySet(),
                    row -> at.put(
                            trackingNumberOfEvent.get(row.getString(1)),
                            row.getTimestamp(2).toInstant()));
        }
        return at;
    }

    /** When the service committed the transaction that applied each event, by the event's tracking number. */
    private Map<String, Instant> consumed(OgiService service, Map<String, String> trackingNumberOfEvent)
            throws Exception {
        Map<String, Instant> at = new HashMap<>();
        try (Connection connection = open(service)) {
            query(
                    connection,
                    "select event_id, pg_xact_commit_timestamp(xmin) from consumed_event where event_id = any(?)",
                    trackingNumberOfEvent.keySet(),
                    row -> at.put(
                            trackingNumberOfEvent.get(row.getString(1)),
                            row.getTimestamp(2).toInstant()));
        }
        return at;
    }

    private static List<Long> since(Map<String, Instant> start, Map<String, Instant> end) {
        List<Long> millis = new ArrayList<>();
        end.forEach((trackingNumber, at) -> {
            Instant from = start.get(trackingNumber);
            if (from != null) {
                millis.add(Duration.between(from, at).toNanos() / 1000);
            }
        });
        return millis;
    }

    private interface RowReader {
        void read(ResultSet row) throws Exception;
    }

    private static void query(Connection connection, String sql, Collection<String> keys, RowReader reader)
            throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (rows.getObject(2) != null) {
                        reader.read(rows);
                    }
                }
            }
        }
    }

    private Connection open(OgiService service) throws Exception {
        DatabaseServer database = config.database();
        return DriverManager.getConnection(database.jdbcUrl(service.database()), database.user(), database.password());
    }

    /** p50 / p99 / max in ms of microsecond values, and how many of {@code expected} there were if fewer. */
    private static String summary(List<Long> micros, int expected) {
        if (micros == null || micros.isEmpty()) {
            return "—";
        }
        List<Long> sorted = micros.stream().sorted().toList();
        return String.format(
                Locale.ROOT,
                "%.1f / %.1f / %.1f ms%s",
                percentile(sorted, 0.50) / 1000.0,
                percentile(sorted, 0.99) / 1000.0,
                sorted.get(sorted.size() - 1) / 1000.0,
                sorted.size() < expected
                        ? String.format(
                                Locale.ROOT, " (only %,d of %,d by the end of the drain)", sorted.size(), expected)
                        : "");
    }

    private static long percentile(List<Long> sorted, double p) {
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    /** Receipt minus create time of every record on ogi.requests, while a phase is measured (µs). */
    private void consumeRequests() {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false))) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.REQUESTS).stream()
                    .map(p -> new TopicPartition(Topics.REQUESTS, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            while (consuming) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long micros = (Instant.now().toEpochMilli() - record.timestamp()) * 1000;
                    List<Long> phase = brokerLatencies;
                    if (phase != null) {
                        phase.add(micros);
                    }
                }
            }
        }
    }

    private String token() {
        if (Duration.between(tokenIssued, Instant.now()).toMinutes() >= 2) {
            synchronized (this) {
                if (Duration.between(tokenIssued, Instant.now()).toMinutes() >= 2) {
                    token = passwordGrant("clerk");
                    tokenIssued = Instant.now();
                }
            }
        }
        return token;
    }

    /** A demo user's token from the stack's Keycloak (password = user name). */
    private String passwordGrant(String user) {
        String form =
                "grant_type=password&client_id=ogi-web&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(user, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(config.tokenEndpoint())
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(answer.body());
            if (answer.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("no token for " + user + ": " + answer.body());
            }
            return token.group(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An in-person request of a random applicant: a valid resident ID (GB 11643 check digit) and phone. */
    private static String body() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String first17 = String.format(
                Locale.ROOT,
                "110105%04d%02d%02d%03d",
                1950 + random.nextInt(50),
                1 + random.nextInt(12),
                1 + random.nextInt(28),
                random.nextInt(1000));
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        String id = first17 + "10X98765432".charAt(sum % 11);
        return String.format(TEMPLATE, id, random.nextInt(100_000_000));
    }
}
