package org.ogi.testsupport;

import static org.awaitility.Awaitility.await;

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
        String topic = Events.byType(event.type())
                .orElseThrow(() -> new IllegalArgumentException("unknown event type " + event.type()))
                .topic();
        KafkaTestClient.send(topic, event.subject(), json);
        return json;
    }

    /** Publishes the event, then waits until {@code effect}'s assertions pass (at most {@link #EFFECT_TIMEOUT}). */
    public static void publishAndAwait(CloudEvent event, ThrowingRunnable effect) {
        publish(event);
        await().atMost(EFFECT_TIMEOUT).untilAsserted(effect);
    }
}
