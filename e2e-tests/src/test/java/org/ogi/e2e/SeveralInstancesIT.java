package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.Topics;
import org.ogi.stack.DatabaseServer;
import org.ogi.stack.OgiService;
import org.ogi.stack.StackConfig;
import org.ogi.stack.StackControl;

/**
 * Several instances of each consuming service are safe: the suite's stack runs two of each (OGI_INSTANCES in the
 * pom), every pair in one Kafka consumer group on one database, on topics of three partitions. While a clerk
 * registers a few hundred requests, one instance of each is killed with SIGKILL. Afterwards every accepted request
 * has exactly one case, one clock set and one acknowledgement; once the stack's day is moved to just before the reply
 * due date, both deadline-service instances sweep and each clock gets exactly one alert. Read back from Kafka, each
 * producing service's topic holds every event of its outbox about these requests exactly once and, per tracking
 * number, in the outbox's order, whichever instance's relay published it.
 */
@ExtendWith(EndToEndStack.class)
class SeveralInstancesIT {

    private static final List<OgiService> CONSUMERS = List.of(
            OgiService.CASE, OgiService.DEADLINE, OgiService.NOTIFICATION, OgiService.APPEALS, OgiService.REPORT);
    /** The topic each service's outbox writes to. */
    private static final Map<OgiService, String> TOPIC_OF = Map.of(
            OgiService.INTAKE, Topics.REQUESTS,
            OgiService.CASE, Topics.CASES,
            OgiService.DEADLINE, Topics.DEADLINES,
            OgiService.NOTIFICATION, Topics.NOTIFICATIONS,
            OgiService.APPEALS, Topics.APPEALS);

    private static final int REQUESTS = 300;
    private static final Duration PACE = Duration.ofMillis(40);
    private static final Duration SETTLED = Duration.ofSeconds(180);

    private final DemoUsers users = new DemoUsers();
    private final StackConfig config = EndToEndStack.config();

    @Test
    void everyEffectHappensExactlyOnceAndEveryEventIsPublishedOnceInOrderWhileInstancesAreKilled() throws Exception {
        long begin = System.nanoTime();
        for (OgiService service : CONSUMERS) {
            assertThat(config.instances(service))
                    .as("instances of %s (OGI_INSTANCES)", service.module())
                    .isGreaterThanOrEqualTo(2);
        }
        StackControl control = new StackControl(config);
        SteadyRegistrations registrations = new SteadyRegistrations(users, PACE, REQUESTS).start();
        Map<String, Duration> restarts = new LinkedHashMap<>();
        Map<String, Long> killed = new LinkedHashMap<>();
        try {
            Thread.sleep(PACE.multipliedBy(REQUESTS / 3).toMillis());
            // Alternately the first and the second instance, a moment apart, while requests keep coming.
            Instant killedAt = Instant.now();
            for (int i = 0; i < CONSUMERS.size(); i++) {
                String victim = StackConfig.instanceName(CONSUMERS.get(i), 1 + i % 2);
                killed.put(victim, control.kill(victim));
                Thread.sleep(500);
            }
            killed.forEach((victim, pid) -> {
                control.awaitRestarted(victim, pid);
                restarts.put(victim, Duration.between(killedAt, Instant.now()));
            });
            registrations.awaitAllSent();
            progress(begin, "all registrations sent, the killed instances ready again");
        } finally {
            registrations.stop();
        }
        Set<String> accepted = registrations.accepted();
        // Intake runs throughout; only a request timing out on a starved machine goes unanswered.
        assertThat(accepted.size()).as("registrations accepted").isGreaterThanOrEqualTo(REQUESTS * 9 / 10);

        RequestEffects.awaitComplete(users, accepted, SETTLED);

        progress(begin, "every request complete through the APIs");
        // The relays publish what the consumers' transactions appended; the API can show a change a moment before.
        await().atMost(SETTLED).pollInterval(Duration.ofSeconds(1)).until(() -> {
            List<String> unpublished = new ArrayList<>();
            for (Map.Entry<OgiService, String> producer : TOPIC_OF.entrySet()) {
                outbox(producer.getKey(), producer.getValue(), accepted, unpublished);
            }
            return unpublished.isEmpty();
        });
        progress(begin, "every outbox row published");
        List<String> problems = new ArrayList<>(reportCountsEachRequestOnce(accepted));
        progress(begin, "the annual report counts each request once");
        String officer = users.token("officer");
        for (String trackingNumber : accepted) {
            problems.addAll(RequestEffects.problems(officer, trackingNumber));
        }
        Map<String, List<CloudEvent>> onTopics = new TreeMap<>();
        for (String topic : TOPIC_OF.values()) {
            onTopics.put(topic, events(topic, accepted));
        }
        problems.addAll(exactlyOnce(onTopics.get(Topics.CASES), "ogi.case.opened.v1", e -> e.subject()));
        problems.addAll(exactlyOnce(
                onTopics.get(Topics.DEADLINES),
                "ogi.deadline.scheduled.v1",
                e -> e.subject() + " " + e.data().get("clock").asText()));
        problems.addAll(exactlyOnce(
                onTopics.get(Topics.NOTIFICATIONS),
                "ogi.notification.recorded.v1",
                e -> e.subject() + " " + e.data().get("kind").asText() + " to "
                        + e.data().get("recipient").asText()));
        int published = 0;
        for (Map.Entry<OgiService, String> producer : TOPIC_OF.entrySet()) {
            Map<String, List<String>> outbox = outbox(producer.getKey(), producer.getValue(), accepted, problems);
            Map<String, List<String>> topic = onTopics.get(producer.getValue()).stream()
                    .collect(Collectors.groupingBy(
                            CloudEvent::subject, Collectors.mapping(CloudEvent::id, Collectors.toList())));
            published += outbox.values().stream().mapToInt(List::size).sum();
            Set<String> keys = new TreeSet<>(outbox.keySet());
            keys.addAll(topic.keySet());
            for (String key : keys) {
                List<String> expected = outbox.getOrDefault(key, List.of());
                List<String> actual = topic.getOrDefault(key, List.of());
                if (!expected.equals(actual)) {
                    problems.add(String.format(
                            "%s, key %s: outbox order %s, on the topic %s",
                            producer.getValue(), key, expected, actual));
                }
            }
        }

        progress(begin, "outboxes and topics compared");
        // The clock set's alerts: the day moves after the outbox check, whose rows the relays' clean-up would
        // take as a week old.
        Map<String, LocalDate> replyDue = replyDueDates(accepted);
        LocalDate latest = replyDue.values().stream().max(LocalDate::compareTo).orElseThrow();
        try {
            // Every reply clock is then due within the alert horizon (or, registered the day before, overdue).
            StackDay.set(latest.minusDays(1));
            await().atMost(SETTLED)
                    .pollInterval(Duration.ofSeconds(2))
                    .until(() -> alerts(events(Topics.DEADLINES, accepted)).keySet().stream()
                            .map(Alert::trackingNumber)
                            .collect(Collectors.toSet())
                            .containsAll(accepted));
        } finally {
            StackDay.reset();
        }
        progress(begin, "an alert for every reply clock");
        // Late duplicates, from a relay or a sweep, would come after the first complete picture.
        Thread.sleep(5_000);
        Map<Alert, Long> alerts = alerts(events(Topics.DEADLINES, accepted));
        alerts.forEach((alert, count) -> {
            if (count != 1) {
                problems.add(alert + " sent " + count + " times");
            }
        });
        replyDue.forEach((trackingNumber, due) -> {
            if (alerts.keySet().stream()
                    .noneMatch(a -> a.trackingNumber().equals(trackingNumber)
                            && a.clock().equals("REPLY")
                            && a.dueDate().equals(due.toString()))) {
                problems.add(trackingNumber + ": no alert for the reply due " + due);
            }
        });

        System.out.printf(
                "%n[reliability] Several instances: %s killed mid-run (%s); %d registrations accepted, %,d events"
                        + " of 5 outboxes read back, %d alerts; every effect once, every event once in order: %s;"
                        + " %d s%n",
                String.join(", ", killed.keySet()),
                restarts.entrySet().stream()
                        .map(e -> String.format(
                                "%s back in %.1f s", e.getKey(), e.getValue().toMillis() / 1000.0))
                        .collect(Collectors.joining(", ")),
                accepted.size(),
                published,
                alerts.size(),
                problems.isEmpty() ? "yes" : problems.size() + " problems",
                Duration.ofNanos(System.nanoTime() - begin).toSeconds());
        problems.stream().limit(100).forEach(problem -> System.out.println("  FAILED " + problem));
        assertThat(problems).isEmpty();
    }

    /**
     * report-service's counters (the table's figure) and its per-request facts (the drill-down) agree, and the
     * drill-down lists every accepted request once: a redelivered event counted twice would break the first.
     */
    private List<String> reportCountsEachRequestOnce(Set<String> accepted) {
        String anyRequest = accepted.iterator().next();
        int year = LocalDate.parse(Services.okBody(Services.as(users.token("officer"), OgiService.CASE)
                                .when()
                                .get("/api/cases/" + anyRequest))
                        .getString("receivedDate"))
                .getYear();
        List<String> problems = new ArrayList<>();
        await().atMost(SETTLED).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            problems.clear();
            String head = users.token("head");
            List<String> listed = Services.okBody(Services.as(head, OgiService.REPORT)
                            .queryParam("cell", "三/NEW/TOTAL")
                            .when()
                            .get("/api/reports/" + year + "/cells"))
                    .getList("trackingNumbers", String.class);
            long counted = Services.okBody(
                            Services.as(head, OgiService.REPORT).when().get("/api/reports/" + year))
                    .getLong("tableThree.lines.find { it.key == 'NEW' }.values.TOTAL");
            if (!listed.containsAll(accepted)) {
                problems.add("the report's new requests lack "
                        + accepted.stream()
                                .filter(n -> !listed.contains(n))
                                .limit(10)
                                .toList());
            }
            if (listed.size() != Set.copyOf(listed).size()) {
                problems.add("the report lists a request twice");
            }
            if (counted != listed.size()) {
                problems.add("the report counts " + counted + " new requests, its drill-down lists " + listed.size());
            }
            assertThat(problems).isEmpty();
        });
        return problems;
    }

    private static void progress(long begin, String what) {
        System.out.printf("[several instances] %5.1f s: %s%n", (System.nanoTime() - begin) / 1e9, what);
    }

    /** One alert: the clock, its due date and the kind (approaching or breached). */
    private record Alert(String trackingNumber, String clock, String dueDate, String type) {}

    private static Map<Alert, Long> alerts(List<CloudEvent> deadlineEvents) {
        return deadlineEvents.stream()
                .filter(e -> e.type().equals("ogi.deadline.approaching.v1")
                        || e.type().equals("ogi.deadline.breached.v1"))
                .map(e -> new Alert(
                        e.subject(),
                        e.data().get("clock").asText(),
                        e.data().get("dueDate").asText(),
                        e.type()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Events of {@code type} whose identity ({@code by}) is not there exactly once per request. */
    private static List<String> exactlyOnce(List<CloudEvent> events, String type, Function<CloudEvent, String> by) {
        Map<String, Long> counts = events.stream()
                .filter(e -> e.type().equals(type))
                .collect(Collectors.groupingBy(by, Collectors.counting()));
        List<String> problems = new ArrayList<>();
        counts.forEach((identity, count) -> {
            if (count != 1) {
                problems.add(type + " " + identity + ": " + count + " times");
            }
        });
        return problems;
    }

    private Map<String, LocalDate> replyDueDates(Set<String> trackingNumbers) {
        String token = users.token("officer");
        Map<String, LocalDate> due = new HashMap<>();
        for (String trackingNumber : trackingNumbers) {
            String date = Services.okBody(
                            Services.as(token, OgiService.DEADLINE).get("/api/cases/" + trackingNumber + "/deadlines"))
                    .getString("clocks.find { it.kind == 'REPLY' }.dueDate");
            due.put(trackingNumber, LocalDate.parse(date));
        }
        return due;
    }

    /**
     * The events keyed by these tracking numbers on a topic, in each partition's order (one key stays in one
     * partition, so per key this is the order they were published in).
     */
    private List<CloudEvent> events(String topic, Set<String> keys) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5_000))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<CloudEvent> events = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.nanoTime()).as("read %s to its end", topic).isLessThan(deadline);
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(record.key())) {
                        events.add(EventCodec.fromJson(record.value()));
                    }
                }
            }
            return events;
        }
    }

    /**
     * The event ids of a service's outbox about these tracking numbers, per tracking number in the outbox's order;
     * a row not yet published is a problem.
     */
    private Map<String, List<String>> outbox(OgiService service, String topic, Set<String> keys, List<String> problems)
            throws Exception {
        DatabaseServer database = config.database();
        Map<String, List<String>> ids = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(service.database()), database.user(), database.password());
                PreparedStatement statement = connection.prepareStatement(
                        "select message_key, event_id, topic, published_at is not null from outbox_message"
                                + " where message_key = any(?) order by id")) {
            Array array = connection.createArrayOf("text", keys.toArray());
            statement.setArray(1, array);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!rows.getString(3).equals(topic)) {
                        problems.add(service.module() + " wrote " + rows.getString(2) + " to " + rows.getString(3));
                        continue;
                    }
                    if (!rows.getBoolean(4)) {
                        problems.add(service.module() + ": " + rows.getString(2) + " not published");
                    }
                    ids.computeIfAbsent(rows.getString(1), key -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        }
        return ids;
    }
}
