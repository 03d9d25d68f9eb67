package org.ogi.deadline.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

/** deadline-service derives an appeal's clocks and filing check from the appeal events (issue 13 item 4). */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AppealClocksFlowTest {

    @Test
    void aFiledReconsiderationGetsItsFilingCheckAnswerClockAndExpectedDecisionOnce() throws Exception {
        String tn = TestEvents.newTrackingNumber("A");
        String number = "A-AP-2098-" + tn.substring(tn.length() - 6);
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED, tn, TestEvents.requestReceived(tn, "A", LocalDate.of(2024, 2, 1))));
        CloudEvent filed = TestEvents.event(
                AppealEvents.FILED,
                number,
                new AppealEvents.Filed(
                        number,
                        "A",
                        "RECONSIDERATION",
                        "REPLY",
                        List.of(tn),
                        null,
                        "张三",
                        "某区人民政府",
                        "复1",
                        "ORDINARY",
                        LocalDate.of(2024, 4, 29),
                        LocalDate.of(2024, 9, 26),
                        null,
                        LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 2, 28),
                        LocalDate.of(2024, 2, 29),
                        true,
                        "WITHHELD",
                        null,
                        "legal"));
        TestEvents.publish(filed);
        TestEvents.publish(filed);

        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.DEADLINES, number, 3, Duration.ofSeconds(30));
        assertThat(events)
                .filteredOn(e -> e.is(AppealEvents.FILING_CHECKED))
                .singleElement()
                .satisfies(check -> {
                    assertThat(check.data().get("lastDay").asText()).isEqualTo("2024-04-30");
                    assertThat(check.data().get("inTime").asBoolean()).isTrue();
                });
        assertThat(events)
                .filteredOn(e -> e.type().equals("ogi.deadline.scheduled.v1"))
                .extracting(e -> e.data().get("clock").asText() + " "
                        + e.data().get("dueDate").asText())
                .containsExactlyInAnyOrder("APPEAL_ANSWER 2024-10-15", "APPEAL_OUTCOME_EXPECTED 2024-07-08");
        assertThat(rows("select count(*) from deadline_clock where tracking_number = '" + number + "'"))
                .isEqualTo(2);

        TestEvents.publish(TestEvents.event(
                AppealEvents.ANSWER_SUBMITTED,
                number,
                new AppealEvents.AnswerSubmitted(
                        number, "A", "RECONSIDERATION", LocalDate.of(2024, 10, 10), List.of("答复书"), "legal")));
        TestEvents.publish(TestEvents.event(
                AppealEvents.DECIDED,
                number,
                new AppealEvents.Decided(
                        number,
                        "A",
                        "RECONSIDERATION",
                        List.of(tn),
                        "ORDERED_TO_REPLY_AGAIN",
                        "CORRECTED",
                        "DECISION",
                        LocalDate.of(2024, 9, 25),
                        LocalDate.of(2024, 9, 26),
                        "复决1",
                        true,
                        null,
                        10,
                        "legal")));

        // The new reply on the case: 10 working days from service (T10); the appeal window 15 days (ALL Art. 45).
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("select count(*) from deadline_clock where "
                                + "tracking_number = '" + tn + "' and clock = 'REMAND_REPLY:" + number
                                + "' and due_date = "
                                + "date '2024-10-15' and state = 'OPEN'")
                        == 1);
        assertThat(rows("select count(*) from deadline_clock where tracking_number = '" + number
                        + "' and clock = 'APPEAL_ANSWER' and state = 'MET' and met_on = date '2024-10-10'"))
                .isEqualTo(1);
        assertThat(rows("select count(*) from deadline_clock where tracking_number = '" + number
                        + "' and clock = 'APPEAL_WINDOW_EXPECTED' and due_date = date '2024-10-11'"))
                .isEqualTo(1);
        assertThat(KafkaTestClient.eventsFor(Topics.DEADLINES, tn, 1, Duration.ofSeconds(30)))
                .anySatisfy(e -> assertThat(e.data().get("clock").asText()).isEqualTo("REMAND_REPLY:" + number));

        // The new reply meets the remanded reply's clock.
        TestEvents.publish(TestEvents.event(
                Events.CASE_REPLIED,
                tn,
                new CaseEvents.Replied(
                        new CaseTransitioned(
                                tn,
                                "A",
                                "REPLY",
                                "APPROVED",
                                "REPLIED",
                                LocalDate.of(2024, 10, 14),
                                OffsetDateTime.now(),
                                "officer",
                                "case-officer"),
                        "DISCLOSED",
                        "DISCLOSED",
                        LocalDate.of(2024, 10, 14),
                        "Art. 36(二)",
                        "POST",
                        "NATURAL_PERSON",
                        null,
                        true)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("select count(*) from deadline_clock where "
                                + "tracking_number = '" + tn + "' and clock = 'REMAND_REPLY:" + number
                                + "' and state = 'MET' "
                                + "and met_on = date '2024-10-14'")
                        == 1);
    }

    private static long rows(String query) throws SQLException {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
