package org.ogi.testsupport;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.core.ThrowingRunnable;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.EventType;
import org.ogi.contracts.v1.CaseOpened;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestReceived;

/** Events as the upstream services publish them, for feeding a service under test. */
public final class TestEvents {

    /** How long a service under test may take to consume an event and show its effect. */
    public static final Duration EFFECT_TIMEOUT = Duration.ofSeconds(30);

    /**
     * The same for a test that may run first on a fresh broker: the service's consumers get their partitions only once
     * its consumer group has settled, which took up to 40 s on the loaded machine.
     */
    public static final Duration FIRST_EFFECT_TIMEOUT = Duration.ofSeconds(90);

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 900_000);

    private TestEvents() {}

    /** A tracking number no other test uses. */
    public static String newTrackingNumber(String agency) {
        return "%s-2098-%06d".formatted(agency, SEQUENCE.incrementAndGet());
    }

    public static RequestReceived requestReceived(String trackingNumber, String agency, LocalDate receivedDate) {
        return new RequestReceived(
                trackingNumber,
                agency,
                "IN_PERSON",
                receivedDate,
                receivedDate.atTime(9, 30).atZone(EventCodec.ZONE).toOffsetDateTime(),
                new RequestReceived.Applicant(
                        "NATURAL_PERSON",
                        "NATURAL_PERSON",
                        "张三",
                        "RESIDENT_ID",
                        "110105********002X",
                        "13800138000",
                        "zhangsan@example.cn",
                        "北京市东城区",
                        null,
                        null,
                        null),
                new RequestReceived.RequestedInformation("2025年区财政预算执行情况", null, "请提供报告全文"),
                new RequestReceived.Delivery("ELECTRONIC", "EMAIL"),
                List.of(),
                List.of(),
                List.of(),
                agency + " 人民政府办公室",
                RequestReceived.INFORMATION,
                null,
                1);
    }

    public static CaseOpened caseOpened(String trackingNumber, String agency, LocalDate receivedDate) {
        return new CaseOpened(trackingNumber, agency, receivedDate, "RECEIVED", "NATURAL_PERSON");
    }

    public static <T> CloudEvent event(EventType<T> type, String trackingNumber, T payload) {
        return EventCodec.newEvent(type, "/test", trackingNumber, payload, OffsetDateTime.now(EventCodec.ZONE));
    }

    /** Publishes the event on its topic keyed by the tracking number; returns the JSON sent. */
    public static String publish(CloudEvent event) {
        String json = EventCodec.toJson(event);
        KafkaTestClient.send(topicOf(event), event.subject(), json);
        return json;
    }

    /**
     * Publishes the events in their order on their one topic, all keyed by the first one's subject (so in one
     * partition), with one producer: the consumer polls them together and applies them as one batch.
     */
    public static void publishAll(List<CloudEvent> events) {
        List<String> topics =
                events.stream().map(TestEvents::topicOf).distinct().toList();
        if (topics.size() != 1) {
            throw new IllegalArgumentException("events of one topic expected, got " + topics);
        }
        KafkaTestClient.sendAll(
                topics.get(0),
                events.get(0).subject(),
                events.stream().map(EventCodec::toJson).toList());
    }

    /** How many of {@code events} {@code consumer} (a service's application name) holds a dedupe row for. */
    public static int consumed(String consumer, List<CloudEvent> events) throws SQLException {
        return countConsumed("count(*)", consumer, events);
    }

    /**
     * In how many transactions {@code consumer} applied {@code events}: a dedupe row's {@code consumed_at} is its
     * transaction's start, so fewer than the events means that some shared one (a consumer's batch path).
     */
    public static int transactions(String consumer, List<CloudEvent> events) throws SQLException {
        return countConsumed("count(distinct consumed_at)", consumer, events);
    }

    private static int countConsumed(String count, String consumer, List<CloudEvent> events) throws SQLException {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select " + count + " from consumed_event where consumer = ? and event_id = any (?)")) {
            statement.setString(1, consumer);
            statement.setArray(
                    2,
                    connection.createArrayOf(
                            "text", events.stream().map(CloudEvent::id).toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static String topicOf(CloudEvent event) {
        return Events.byType(event.type())
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + event.type()))
                .topic();
    }

    /** Publishes the event, then waits until {@code effect}'s assertions pass (at most {@link #EFFECT_TIMEOUT}). */
    public static void publishAndAwait(CloudEvent event, ThrowingRunnable effect) {
        publish(event);
        await().atMost(EFFECT_TIMEOUT).untilAsserted(effect);
    }
}
