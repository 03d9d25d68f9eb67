package org.ogi.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.ogi.cases.rest.CaseSteps.*;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.MutableClock;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.SignedJwts;
import org.ogi.testsupport.TestEvents;

/** Issue 13 item 7: a decision ordering a new reply reopens the case; the first reply stays on record. */
@QuarkusTest
@TestProfile(SignedJwts.TestIssuer.class)
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RemandReopensCaseTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDecisionOrderingANewReplyReopensTheCaseWhichIsAnsweredAgainThroughReviewAndApproval() throws SQLException {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String tn = deliveredRefusal();
        schedule(tn, ClockKey.of(ClockKind.REPLY), LocalDate.of(2024, 10, 28));
        String firstLetter = given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn + "/draft")
                .then()
                .extract()
                .path("sentLetterText");
        String appeal = "FY-" + tn;

        // The appeal's own clocks are keyed by its number: they make no case row.
        schedule(appeal, ClockKey.of(ClockKind.APPEAL_ANSWER), LocalDate.of(2024, 11, 4));
        TestEvents.publishAndAwait(
                TestEvents.event(AppealEvents.FILED, appeal, filed(appeal, tn)),
                () -> given().auth()
                        .oauth2(OFFICER)
                        .get("/api/cases/" + tn)
                        .then()
                        .body("appeals.appealNumber", contains(appeal))
                        .body("appeals[0].outcome", nullValue()));
        assertThat(deadlineRows(appeal)).isZero();

        clock.setToday(LocalDate.of(2024, 12, 20));
        CloudEvent decided = decided(appeal, tn, "ORDERED_TO_REPLY", "东政复决字〔2024〕12号", null);
        reopen(tn, decided);
        LocalDate newDue = LocalDate.of(2025, 1, 16);
        schedule(tn, ClockKey.of(ClockKind.REMAND_REPLY, appeal), newDue);
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn)
                .then()
                .statusCode(200)
                .body("replyDueDate", equalTo(newDue.toString()))
                .body("appeals[0].outcome", equalTo("ORDERED_TO_REPLY"))
                .body("appeals[0].documentNumber", equalTo("东政复决字〔2024〕12号"))
                .body("appeals[0].reopened", equalTo(true))
                .body("earlierReplies", hasSize(1))
                .body("earlierReplies[0].replyType", equalTo("WITHHELD_STATE_SECRET"))
                .body("earlierReplies[0].reopenedByAppeal", equalTo(appeal))
                .body("allowedActions", contains("ASSIGN", "SAVE_DRAFT"));
        long reopenedVersion = version(tn);
        // The reopened case waits in its officer's drafts by the new due date, not the first reply's.
        given().auth()
                .oauth2(OFFICER)
                .queryParam("size", 100)
                .get("/api/queues/my-drafts")
                .then()
                .statusCode(200)
                .body("items.find { it.trackingNumber == '" + tn + "' }.dueDate", equalTo(newDue.toString()));

        // Redelivered, the decision changes nothing; a later event on the same key shows it was consumed.
        TestEvents.publish(decided);
        String second = appeal + "-2";
        TestEvents.publishAndAwait(
                TestEvents.event(AppealEvents.FILED, appeal, filed(second, tn)),
                () -> given().auth()
                        .oauth2(OFFICER)
                        .get("/api/cases/" + tn)
                        .then()
                        .body("appeals.appealNumber", contains(appeal, second)));
        assertThat(version(tn)).isEqualTo(reopenedVersion);
        given().auth().oauth2(OFFICER).get("/api/cases/" + tn).then().body("earlierReplies", hasSize(1));

        // The new reply: drafted, secrecy-reviewed and approved again, then sent.
        reply(tn, """
                {"replyType": "DISCLOSED", "reconsiderationBody": "北京市东城区人民政府"}""", "POST");
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn)
                .then()
                .body("replyType", equalTo("DISCLOSED"))
                .body("repliedOn", equalTo("2024-12-20"))
                .body("earlierReplies[0].repliedOn", equalTo("2024-10-09"));

        try (Connection db = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement select = db.prepareStatement(
                        "select sent_letter_text from case_earlier_reply where tracking_number = ?")) {
            select.setString(1, tn);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo(firstLetter).contains("先向北京市东城区人民政府申请行政复议");
            }
            assertThatThrownBy(() -> {
                        try (PreparedStatement update = db.prepareStatement(
                                "update case_earlier_reply set letter_text = 'changed' where tracking_number = ?")) {
                            update.setString(1, tn);
                            update.executeUpdate();
                        }
                    })
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
        }

        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.CASES, tn, 13, Duration.ofSeconds(30));
        assertThat(events)
                .extracting(CloudEvent::type)
                .containsSubsequence(
                        "ogi.case.replied.v1",
                        "ogi.case.delivered.v1",
                        "ogi.case.reopened.v1",
                        "ogi.case.draft-submitted.v1",
                        "ogi.case.secrecy-review-passed.v1",
                        "ogi.case.approved.v1",
                        "ogi.case.replied.v1");
        CaseEvents.Reopened reopened = events.stream()
                .filter(e -> e.type().equals("ogi.case.reopened.v1"))
                .findFirst()
                .orElseThrow()
                .dataAs(Events.CASE_REOPENED);
        assertThat(reopened.appealNumber()).isEqualTo(appeal);
        assertThat(reopened.transition().fromState()).isEqualTo("DELIVERED");
        assertThat(reopened.transition().toState()).isEqualTo("REOPENED");
        assertThat(reopened.transition().actor()).isEqualTo("legal-1");
        assertThat(reopened.transition().occurredOn()).isEqualTo(LocalDate.of(2024, 12, 18));
        CaseEvents.Replied firstReply = events.stream()
                .filter(e -> e.type().equals("ogi.case.replied.v1"))
                .findFirst()
                .orElseThrow()
                .dataAs(Events.CASE_REPLIED);
        assertThat(firstReply.remediesTold()).isTrue();
        assertThat(firstReply.replyTypeLabel()).isEqualTo("属于国家秘密");

        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn + "/audit")
                .then()
                .body("find { it.action == 'REOPEN' }.role", equalTo("legal-officer"))
                .body("find { it.action == 'REOPEN' }.reason", containsString("东政复决字〔2024〕12号"));
    }

    /**
     * The decision binds the agency whatever became of the request (ARL 2023 Art. 77): a request the applicant
     * withdrew is reopened for the new reply like an answered one.
     */
    @Test
    void aRemandReopensAWithdrawnRequest() {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String tn = openCase("A");
        advance(OFFICER, tn, "acceptances", "{}", "ACCEPTED");
        advance(
                OFFICER,
                tn,
                "withdrawals",
                "{\"reason\": \"申请人书面撤回申请\", \"withdrawnOn\": \"2024-10-08\"}",
                "WITHDRAWN");
        String appeal = "FY-W-" + tn;
        clock.setToday(LocalDate.of(2024, 12, 20));
        reopen(tn, decided(appeal, tn, "ORDERED_TO_PERFORM", "东政复决字〔2024〕13号", LocalDate.of(2025, 1, 10)));
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn)
                .then()
                .body("appeals[0].reopened", equalTo(true))
                .body("earlierReplies", hasSize(0))
                .body("allowedActions", contains("ASSIGN", "SAVE_DRAFT"));
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn + "/audit")
                .then()
                .body("find { it.action == 'REOPEN' }.fromState", equalTo("WITHDRAWN"));
    }

    /** A refusal answered and delivered on 2024-10-09. */
    private static String deliveredRefusal() {
        String tn = openCase("A");
        acceptAndAssign(tn);
        reply(tn, """
                {"replyType": "WITHHELD_STATE_SECRET", "reasons": "经定密属于国家秘密",
                 "reconsiderationBody": "北京市东城区人民政府"}""", "POST");
        advance(
                OFFICER,
                tn,
                "deliveries",
                "{\"method\": \"POST\", \"deliveredOn\": \"2024-10-09\", \"proof\": \"EMS 1234567890123\"}",
                "DELIVERED");
        return tn;
    }

    /** The body's decision of 2024-12-16, served 2024-12-18, ordering agency A to act on the request anew. */
    private static CloudEvent decided(
            String appeal, String tn, String outcome, String documentNumber, LocalDate replyAgainBy) {
        return TestEvents.event(
                AppealEvents.DECIDED,
                appeal,
                new AppealEvents.Decided(
                        appeal,
                        "A",
                        "RECONSIDERATION",
                        List.of(tn),
                        outcome,
                        "CORRECTED",
                        "DECISION",
                        LocalDate.of(2024, 12, 16),
                        LocalDate.of(2024, 12, 18),
                        documentNumber,
                        true,
                        replyAgainBy,
                        null,
                        "legal-1"));
    }

    /** Publishes the decision; waits until it has reopened the case. */
    private static void reopen(String tn, CloudEvent decided) {
        TestEvents.publishAndAwait(
                decided,
                () -> given().auth()
                        .oauth2(OFFICER)
                        .get("/api/cases/" + tn)
                        .then()
                        .body("state", equalTo("REOPENED")));
    }

    private static AppealEvents.Filed filed(String appeal, String tn) {
        return new AppealEvents.Filed(
                appeal,
                "A",
                "RECONSIDERATION",
                "REPLY",
                List.of(tn),
                null,
                "张三",
                "北京市东城区人民政府",
                "东政复字〔2024〕12号",
                "ORDINARY",
                LocalDate.of(2024, 10, 18),
                LocalDate.of(2024, 10, 21),
                null,
                LocalDate.of(2024, 10, 9),
                LocalDate.of(2024, 10, 9),
                LocalDate.of(2024, 10, 28),
                true,
                "WITHHELD",
                null,
                "legal-1");
    }

    /** deadline-service announces a due date under {@code key} (a case or an appeal number). */
    private static void schedule(String key, ClockKey clock, LocalDate due) {
        CloudEvent scheduled = TestEvents.event(
                Events.DEADLINE_SCHEDULED,
                key,
                new DeadlineScheduled(key, "A", clock, RECEIVED, 10, due, false, "ARL_2023"));
        if (clock.kind().keyedByAppeal()) {
            // Nothing to wait for: a case's clock published after it on the same key shows it was consumed.
            TestEvents.publish(scheduled);
            String marker = TestEvents.newTrackingNumber("A");
            TestEvents.publishAndAwait(
                    TestEvents.event(
                            Events.DEADLINE_SCHEDULED,
                            key,
                            new DeadlineScheduled(
                                    marker, "A", ClockKey.of(ClockKind.REPLY), RECEIVED, 20, due, false, "OGI_2019")),
                    () -> assertThat(deadlineRows(marker)).isOne());
            return;
        }
        TestEvents.publishAndAwait(
                scheduled,
                () -> given().auth()
                        .oauth2(OFFICER)
                        .get("/api/cases/" + key)
                        .then()
                        .body("replyDueDate", equalTo(due.toString())));
    }

    private static int deadlineRows(String key) throws SQLException {
        try (Connection db = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement select =
                        db.prepareStatement("select count(*) from case_deadline where tracking_number = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
