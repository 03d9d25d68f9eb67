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
import java.util.UUID;
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

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(marker) == 1);
        assertThat(applied(subject)).isEqualTo(1);
        CloudEvent event = EventCodec.fromJson(json);
        assertThat(consumedRows(event.id())).isEqualTo(1);
    }

    private static int applied(String subject) throws Exception {
        return queryInt("select coalesce(max(applied), 0) from applied_note_event where subject = ?", subject);
    }

    private static int consumedRows(String eventId) throws Exception {
        return queryInt(
                "select count(*) from consumed_event where consumer = 'platform-test' and event_id = ?", eventId);
    }

    private static int queryInt(String sql, String parameter) throws Exception {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
