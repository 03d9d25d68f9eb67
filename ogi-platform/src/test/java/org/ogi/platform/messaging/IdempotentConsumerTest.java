package org.ogi.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.CaseOpened;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IdempotentConsumerTest {

    @Test
    void redeliveredEventChangesNothing() throws Exception {
        String subject = "T-" + UUID.randomUUID();
        String json = EventCodec.toJson(EventCodec.newEvent(
                Events.CASE_OPENED,
                "/test",
                subject,
                new CaseOpened(subject, "A", LocalDate.of(2026, 11, 23), "RECEIVED", "NATURAL_PERSON"),
                OffsetDateTime.now()));
        String marker = "T-" + UUID.randomUUID();

        KafkaTestClient.send(Topics.CASES, subject, json);
        KafkaTestClient.send(Topics.CASES, subject, json);
        // A later event on the same key is consumed after both copies: once it is applied, both were seen.
        KafkaTestClient.send(
                Topics.CASES,
                subject,
                EventCodec.toJson(EventCodec.newEvent(
                        Events.CASE_OPENED,
                        "/test",
                        subject,
                        new CaseOpened(marker, "A", LocalDate.of(2026, 11, 23), "RECEIVED", "OTHER"),
                        OffsetDateTime.now())));

        await().atMost(Duration.ofSeconds(30)).until(() -> AppliedNotes.applied(marker) == 1);
        assertThat(AppliedNotes.applied(subject)).isEqualTo(1);
        CloudEvent event = EventCodec.fromJson(json);
        assertThat(consumedRows(event.id())).isEqualTo(1);
    }

    /**
     * The channel runs one consumer per partition (the shared config's concurrency): events of several keys, some
     * delivered twice, are each applied once, and those of one key in the order they were sent.
     */
    @Test
    void eventsOfManyKeysAreAppliedOnceEachAndInOrderPerKey() throws Exception {
        List<String> keys =
                IntStream.range(0, 6).mapToObj(i -> "K-" + UUID.randomUUID()).toList();
        int perKey = 12;
        for (int position = 0; position < perKey; position++) {
            for (String key : keys) {
                String json = EventCodec.toJson(EventCodec.newEvent(
                        Events.CASE_OPENED,
                        "/test",
                        key,
                        new CaseOpened(key + "#" + position, "A", LocalDate.of(2026, 11, 23), "RECEIVED", "OTHER"),
                        OffsetDateTime.now()));
                KafkaTestClient.send(Topics.CASES, key, json);
                if (position % 4 == 1) {
                    KafkaTestClient.send(Topics.CASES, key, json);
                }
            }
        }

        for (String key : keys) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> AppliedNotes.inOrder(key).size() == perKey);
        }
        for (String key : keys) {
            List<String> expected = IntStream.range(0, perKey)
                    .mapToObj(position -> key + "#" + position)
                    .toList();
            assertThat(AppliedNotes.inOrder(key)).containsExactlyElementsOf(expected);
            for (String subject : expected) {
                assertThat(AppliedNotes.applied(subject)).as(subject).isEqualTo(1);
            }
        }
    }

    private static int consumedRows(String eventId) throws Exception {
        return AppliedNotes.queryInt(
                "select count(*) from consumed_event where consumer = 'platform-test' and event_id = ?", eventId);
    }
}
