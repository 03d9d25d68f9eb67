package org.ogi.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.CaseOpened;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;

/**
 * {@link IdempotentConsumer}'s two ways of applying a real poll: each event with its handler ({@link BatchNoteConsumer},
 * on {@code ogi.requests}) and all events as commands of one call ({@link BatchNoteCommands}, on {@code ogi.appeals}).
 */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BatchConsumerTest {

    @ParameterizedTest
    @ValueSource(strings = {Topics.REQUESTS, Topics.APPEALS})
    void eventsOfManyKeysAreAppliedOnceEachInOrderPerKeyAndManyInOneTransaction(String topic) throws Exception {
        List<String> keys =
                IntStream.range(0, 4).mapToObj(i -> "BK-" + UUID.randomUUID()).toList();
        int perKey = 30;
        List<String> eventIds = new ArrayList<>();
        for (String key : keys) {
            List<String> values = new ArrayList<>();
            for (int position = 0; position < perKey; position++) {
                String json = event(key, key + "#" + position);
                values.add(json);
                eventIds.add(EventCodec.fromJson(json).id());
                if (position % 5 == 1) {
                    values.add(json); // the same event twice in one poll
                }
            }
            KafkaTestClient.sendAll(topic, key, values);
        }

        for (String key : keys) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> AppliedNotes.inOrder(key).size() >= perKey);
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
        // consumed_at is the transaction's start: fewer distinct values than events means events shared one.
        assertThat(transactionsOf(eventIds)).isLessThan(eventIds.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {Topics.REQUESTS, Topics.APPEALS})
    void aRedeliveredEventChangesNothing(String topic) throws Exception {
        String key = "BR-" + UUID.randomUUID();
        String once = event(key, key + "#once");
        KafkaTestClient.send(topic, key, once);
        await().atMost(Duration.ofSeconds(30)).until(() -> AppliedNotes.applied(key + "#once") == 1);

        KafkaTestClient.sendAll(topic, key, List.of(once, event(key, key + "#after")));

        await().atMost(Duration.ofSeconds(30)).until(() -> AppliedNotes.applied(key + "#after") == 1);
        assertThat(AppliedNotes.applied(key + "#once")).isEqualTo(1);
        assertThat(AppliedNotes.inOrder(key)).containsExactly(key + "#once", key + "#after");
    }

    @ParameterizedTest
    @ValueSource(strings = {Topics.REQUESTS, Topics.APPEALS})
    void aFailingEventGoesToTheDeadLetterTopicAndTheOthersOfItsBatchAreApplied(String topic) throws Exception {
        String key = "BP-" + UUID.randomUUID();
        String poison = BatchNoteConsumer.POISON + "-" + UUID.randomUUID();
        List<String> before = IntStream.range(0, 5).mapToObj(i -> key + "#" + i).toList();
        List<String> after = IntStream.range(5, 10).mapToObj(i -> key + "#" + i).toList();
        List<String> values = new ArrayList<>();
        before.forEach(subject -> values.add(event(key, subject)));
        values.add(event(key, poison));
        after.forEach(subject -> values.add(event(key, subject)));

        KafkaTestClient.sendAll(topic, key, values);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> AppliedNotes.inOrder(key).size() >= 10);
        List<String> expected = new ArrayList<>(before);
        expected.addAll(after);
        assertThat(AppliedNotes.inOrder(key)).containsExactlyElementsOf(expected);
        assertThat(AppliedNotes.applied(poison)).isZero();
        assertThat(KafkaTestClient.records(
                                "dead-letter-topic-" + topic,
                                r -> r.value().contains(poison),
                                1,
                                Duration.ofSeconds(30))
                        .stream()
                        .map(r -> r.key()))
                .containsExactly(key);

        // The channel goes on: a later event of the same key is applied.
        KafkaTestClient.send(topic, key, event(key, key + "#later"));
        await().atMost(Duration.ofSeconds(30)).until(() -> AppliedNotes.applied(key + "#later") == 1);
    }

    @Test
    void aPollsCommandsAreAppliedByOneCallAndAnEventWithoutACommandIsSkipped() throws Exception {
        String key = "BC-" + UUID.randomUUID();
        String skipped = BatchNoteCommands.SKIP + "-" + UUID.randomUUID();
        List<String> subjects =
                IntStream.range(0, 20).mapToObj(i -> key + "#" + i).toList();
        List<String> values = new ArrayList<>();
        subjects.subList(0, 10).forEach(subject -> values.add(event(key, subject)));
        values.add(event(key, skipped));
        subjects.subList(10, 20).forEach(subject -> values.add(event(key, subject)));

        KafkaTestClient.sendAll(Topics.APPEALS, key, values);

        await().atMost(Duration.ofSeconds(60))
                .until(() -> AppliedNotes.inOrder(key).size() >= subjects.size());
        assertThat(AppliedNotes.inOrder(key)).containsExactlyElementsOf(subjects);
        assertThat(AppliedNotes.applied(skipped)).isZero();
        assertThat(BatchNoteCommands.MOST_AT_ONCE.get()).isGreaterThan(1);
    }

    private static String event(String key, String subject) {
        return EventCodec.toJson(EventCodec.newEvent(
                Events.CASE_OPENED,
                "/test",
                key,
                new CaseOpened(subject, "A", LocalDate.of(2026, 11, 23), "RECEIVED", "OTHER"),
                OffsetDateTime.now()));
    }

    private static int transactionsOf(List<String> eventIds) throws Exception {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select count(distinct consumed_at) from consumed_event "
                                + "where consumer = 'platform-test' and event_id = any (?)")) {
            statement.setArray(1, connection.createArrayOf("text", eventIds.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
