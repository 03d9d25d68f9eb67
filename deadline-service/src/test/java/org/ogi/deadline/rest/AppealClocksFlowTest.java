package org.ogi.deadline.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ogi.testsupport.RepliedBuilder.replied;

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
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.Events;
import org.ogi.deadline.AppealEventsForTests;
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
                AppealEventsForTests.reconsideration(number, tn, LocalDate.of(2024, 4, 29), LocalDate.of(2024, 9, 26)));
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
                replied(
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
                                LocalDate.of(2024, 10, 14))
                        .outcomeGroup("DISCLOSED")
                        .legalBasis("Art. 36(二)")
                        .deliveryMethod("POST")
                        .applicantCategory("NATURAL_PERSON")
                        .remediesTold(true)
                        .build()));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("select count(*) from deadline_clock where "
                                + "tracking_number = '" + tn + "' and clock = 'REMAND_REPLY:" + number
                                + "' and state = 'MET' "
                                + "and met_on = date '2024-10-14'")
                        == 1);
    }

    @Test
    void theBodysExtensionMovesTheExpectedDecisionOnceAndARedeliveryChangesNothing() throws Exception {
        String tn = TestEvents.newTrackingNumber("A");
        String number = "A-AP-2097-" + tn.substring(tn.length() - 6);
        TestEvents.publish(TestEvents.event(
                AppealEvents.FILED,
                number,
                AppealEventsForTests.reconsideration(number, tn, LocalDate.of(2024, 4, 29), LocalDate.of(2024, 5, 6))));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows("select count(*) from deadline_clock where tracking_number = '" + number
                                + "' and clock = 'APPEAL_OUTCOME_EXPECTED' and due_date = date '2024-07-08'")
                        == 1);

        // 60 days from the deemed acceptance end on 2024-07-08; the body adds 30: Wed 2024-08-07 (Art. 62 ¶1).
        CloudEvent extended = TestEvents.event(
                AppealEvents.DECISION_PERIOD_EXTENDED,
                number,
                new AppealEvents.DecisionPeriodExtended(
                        number, "A", "RECONSIDERATION", 30, LocalDate.of(2024, 7, 1), "案情复杂", "legal"));
        TestEvents.publish(extended);
        TestEvents.publish(extended);

        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.DEADLINES, number, 4, Duration.ofSeconds(30));
        assertThat(events)
                .filteredOn(e -> e.type().equals("ogi.deadline.changed.v1"))
                .singleElement()
                .satisfies(changed -> {
                    assertThat(changed.data().get("clock").asText()).isEqualTo("APPEAL_OUTCOME_EXPECTED");
                    assertThat(changed.data().get("oldDueDate").asText()).isEqualTo("2024-07-08");
                    assertThat(changed.data().get("newDueDate").asText()).isEqualTo("2024-08-07");
                    assertThat(changed.data().get("reason").asText()).isEqualTo("DECISION_PERIOD_EXTENDED");
                });
        assertThat(rows("select count(*) from deadline_clock where tracking_number = '" + number
                        + "' and clock = 'APPEAL_OUTCOME_EXPECTED' and due_date = date '2024-08-07' "
                        + "and regime = 'ARL 2023 Art. 62 ¶1 + 30 days extended'"))
                .isEqualTo(1);
        // The answer's working days are not the body's: unchanged.
        assertThat(rows("select count(*) from deadline_clock where tracking_number = '" + number
                        + "' and clock = 'APPEAL_ANSWER' and due_date = date '2024-05-17'"))
                .isEqualTo(1);
        assertThat(rows("select count(*) from outbox_message where message_key = '" + number
                        + "' and event_type = 'ogi.deadline.changed.v1'"))
                .isEqualTo(1);
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
