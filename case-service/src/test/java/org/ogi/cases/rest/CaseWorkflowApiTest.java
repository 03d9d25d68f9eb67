package org.ogi.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.ogi.cases.rest.CaseSteps.*;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ogi.cases.domain.ReplyLetter;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.NotificationEvents;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.MutableClock;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.SignedJwts;
import org.ogi.testsupport.TestEvents;

@QuarkusTest
@TestProfile(SignedJwts.TestIssuer.class)
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseWorkflowApiTest {

    private static final String OTHER_OFFICER = SignedJwts.staff("officer-2", "A", "case-officer");
    private static final String DRAFTER_WHO_ALSO_REVIEWS =
            SignedJwts.staff("officer-1", "A", "case-officer", "reviewer");
    static final String HEAD = SignedJwts.staff("head-1", "A", "ogi-office-head");
    private static final String OFFICER_OF_B = SignedJwts.staff("officer-b", "B", "case-officer");

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCaseGoesFromReceiptToClosedThroughEveryRoleAndEachStepIsAnEvent() throws SQLException {
        clock.setToday(LocalDate.of(2024, 9, 30));
        String tn = caseWithCorrectionNoticeDue(LocalDate.of(2024, 10, 15));

        requestCorrection(tn, "请写明所需文件的名称或文号", 10);
        clock.setToday(LocalDate.of(2024, 10, 8));
        advance(OFFICER, tn, "corrections", "{\"correctedReceivedDate\": \"2024-10-08\"}", "CORRECTED");
        acceptAndAssign(tn);
        schedule(tn, "A", "REPLY", LocalDate.of(2024, 11, 5));
        advance(
                HEAD,
                tn,
                "extensions",
                "{\"workingDays\": 20, \"reason\": \"需要调取多年档案\", \"applicantToldOn\": \"2024-10-08\"}",
                "DRAFTING");

        String consultation = post(OFFICER, tn, "consultations", version(tn), """
                {"kind": "THIRD_PARTY", "party": "某某建设有限公司", "letterSentOn": "2024-10-08"}""")
                .then()
                .statusCode(201)
                .body("state", equalTo("CONSULTING"))
                .body("openConsultations", equalTo(1))
                .extract()
                .header("Location")
                .replaceAll(".*/", "");
        advance(
                OFFICER,
                tn,
                "consultations/" + consultation + "/answers",
                "{\"outcome\": \"OBJECTION\", \"answeredOn\": \"2024-10-08\", \"grounds\": \"涉及商业秘密\"}",
                "DRAFTING");

        advance(OFFICER, tn, "drafts", """
                {"replyType": "PARTIALLY_DISCLOSED", "withheldGround": "WITHHELD_THIRD_PARTY_RIGHTS",
                 "reasons": "合同附件涉及第三方商业秘密，第三方不同意公开", "reconsiderationBody": "北京市东城区人民政府"}""", "DRAFTING");
        given().auth()
                .oauth2(REVIEWER)
                .get("/api/cases/" + tn + "/draft")
                .then()
                .statusCode(200)
                .body("outcomeGroup", equalTo("PARTIALLY_DISCLOSED"))
                .body("letterText", containsString("先向北京市东城区人民政府申请行政复议"))
                .body("letterText", containsString("张三"));
        advance(OFFICER, tn, "draft-submissions", "{}", "SECRECY_REVIEW");
        advance(
                SECRECY_REVIEWER,
                tn,
                "secrecy-reviews",
                "{\"outcome\": \"RETURNED\", \"comment\": \"附件二含身份证号\"}",
                "DRAFTING");
        advance(OFFICER, tn, "draft-submissions", "{\"comment\": \"已删除身份证号\"}", "SECRECY_REVIEW");
        advance(SECRECY_REVIEWER, tn, "secrecy-reviews", "{\"outcome\": \"PASSED\"}", "APPROVAL");

        post(DRAFTER_WHO_ALSO_REVIEWS, tn, "approvals", version(tn), "{\"outcome\": \"APPROVED\"}")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("four eyes"));
        advance(REVIEWER, tn, "approvals", "{\"outcome\": \"APPROVED\"}", "APPROVED");
        String letter = given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn + "/draft")
                .then()
                .statusCode(200)
                .body("approvedBy", equalTo("reviewer-1"))
                .extract()
                .path("letterText");
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn + "/draft")
                .then()
                .body("letterSha256", equalTo(ReplyLetter.sha256(letter)));
        post(OFFICER, tn, "drafts", version(tn), "{\"replyType\": \"DISCLOSED\"}")
                .then()
                .statusCode(409)
                .body("allowedActions", contains("NOTIFY_THIRD_PARTY", "REPLY", "WITHDRAW"));
        try (Connection db = OgiInfrastructure.openDatabaseConnection()) {
            assertThatThrownBy(() ->
                            execute(db, "update case_draft set letter_text = 'changed' where tracking_number = ?", tn))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("frozen");
        }

        clock.setToday(LocalDate.of(2024, 10, 9));
        advance(OFFICER, tn, "replies", "{\"deliveryMethod\": \"POST\"}", "REPLIED");
        advance(
                OFFICER,
                tn,
                "deliveries",
                "{\"method\": \"POST\", \"deliveredOn\": \"2024-10-09\", \"proof\": \"EMS 1234567890123, 签收 2024-10-09\"}",
                "DELIVERED");
        advance(OFFICER, tn, "closures", "{}", "CLOSED");
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn)
                .then()
                .statusCode(200)
                .body("replyType", equalTo("PARTIALLY_DISCLOSED"))
                .body("repliedOn", equalTo("2024-10-09"))
                .body("extendedWorkingDays", equalTo(20))
                .body("allowedActions", equalTo(List.of()));

        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.CASES, tn, 16, Duration.ofSeconds(30));
        assertThat(events)
                .extracting(CloudEvent::type)
                .containsExactly(
                        "ogi.case.opened.v1",
                        "ogi.case.correction-requested.v1",
                        "ogi.case.corrected.v1",
                        "ogi.case.accepted.v1",
                        "ogi.case.assigned.v1",
                        "ogi.case.extended.v1",
                        "ogi.case.consultation-started.v1",
                        "ogi.case.consultation-ended.v1",
                        "ogi.case.draft-submitted.v1",
                        "ogi.case.secrecy-review-returned.v1",
                        "ogi.case.draft-submitted.v1",
                        "ogi.case.secrecy-review-passed.v1",
                        "ogi.case.approved.v1",
                        "ogi.case.replied.v1",
                        "ogi.case.delivered.v1",
                        "ogi.case.closed.v1");
        CaseEvents.Corrected corrected = events.get(2).dataAs(Events.CASE_CORRECTED);
        assertThat(corrected.correctedReceivedDate()).isEqualTo(LocalDate.of(2024, 10, 8));
        CaseEvents.Extended extended = events.get(5).dataAs(Events.CASE_EXTENDED);
        assertThat(extended.workingDays()).isEqualTo(20);
        assertThat(extended.approvedBy()).isEqualTo("head-1");
        assertThat(extended.applicantToldOn()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(extended.transition().actorRole()).isEqualTo("ogi-office-head");
        CaseEvents.Replied replied = events.get(13).dataAs(Events.CASE_REPLIED);
        assertThat(replied.replyType()).isEqualTo("PARTIALLY_DISCLOSED");
        assertThat(replied.outcomeGroup()).isEqualTo("PARTIALLY_DISCLOSED");
        assertThat(replied.repliedOn()).isEqualTo(LocalDate.of(2024, 10, 9));
        assertThat(replied.deliveryMethod()).isEqualTo("POST");
        assertThat(replied.applicantCategory()).isEqualTo("NATURAL_PERSON");
        assertThat(events.get(14).dataAs(Events.CASE_DELIVERED).deliveredOn()).isEqualTo(LocalDate.of(2024, 10, 9));

        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn + "/audit")
                .then()
                .statusCode(200)
                .body(
                        "action",
                        contains(
                                "REQUEST_CORRECTION",
                                "RECORD_CORRECTION",
                                "ACCEPT",
                                "ASSIGN",
                                "EXTEND",
                                "START_CONSULTATION",
                                "RECORD_CONSULTATION_ANSWER",
                                "SAVE_DRAFT",
                                "SUBMIT_DRAFT",
                                "RETURN_FROM_SECRECY_REVIEW",
                                "SUBMIT_DRAFT",
                                "PASS_SECRECY_REVIEW",
                                "APPROVE",
                                "REPLY",
                                "RECORD_DELIVERY",
                                "CLOSE"))
                .body("[4].role", equalTo("ogi-office-head"))
                .body("[4].userId", equalTo("head-1"))
                .body("[9].comment", equalTo("附件二含身份证号"))
                .body("[12].fromState", equalTo("APPROVAL"))
                .body("[12].toState", equalTo("APPROVED"))
                .body("[12].agency", equalTo("A"));
    }

    @Test
    void theReplyLetterIsAPdf() {
        String tn = caseInDrafting();
        advance(OFFICER, tn, "drafts", "{\"replyType\": \"DISCLOSED\"}", "DRAFTING");
        assertReplyLetterIsAPdf(tn);
    }

    @Test
    void aDraftReplyCarriesTheFieldsItsTypeRequires() {
        String tn = caseInDrafting();
        post(OFFICER, tn, "drafts", null, "{\"replyType\": \"WITHHELD_STATE_SECRET\"}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("reasons", "reconsiderationBody"));
        post(OFFICER, tn, "drafts", null, """
                {"replyType": "CANNOT_PROVIDE_NOT_HELD", "notThisAgency": true, "reasons": "该信息由市规划部门制作",
                 "reconsiderationBody": "北京市东城区人民政府"}""")
                .then()
                .statusCode(400)
                .body("errors.field", contains("responsibleAgency", "responsibleAgencyContact"));
        post(OFFICER, tn, "drafts", null, """
                {"replyType": "WITHHELD_STATE_SECRET", "reasons": "经定密属于秘密级", "reconsiderationBody": "区人民政府",
                 "letterText": "您申请的信息属于国家秘密，不予公开。"}""").then().statusCode(400).body("errors[0].field", equalTo("letterText"));
    }

    /** Issue 10 item 10: the applicant's withdrawal date and the configured table 三 row (（六）3.其他). */
    @Test
    void theApplicantMayWithdrawBeforeTheReply() {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String tn = caseInDrafting();
        advance(
                OFFICER,
                tn,
                "withdrawals",
                "{\"reason\": \"申请人书面撤回申请\", \"withdrawnOn\": \"2024-10-08\"}",
                "WITHDRAWN");
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn)
                .then()
                .body("withdrawnOn", equalTo("2024-10-08"))
                .body("replyType", equalTo("OTHER_OTHER"));
        CaseEvents.Withdrawn withdrawn = KafkaTestClient.eventsFor(Topics.CASES, tn, 4, Duration.ofSeconds(30))
                .get(3)
                .dataAs(Events.CASE_WITHDRAWN);
        assertThat(withdrawn.reason()).isEqualTo("申请人书面撤回申请");
        assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(withdrawn.replyType()).isEqualTo("OTHER_OTHER");
        assertThat(withdrawn.outcomeGroup()).isEqualTo("OTHER");
        assertThat(withdrawn.byApplicant()).isFalse();
    }

    /** Issue 10 item 10: the applicant withdraws their own web request; nobody else's. */
    @Test
    void theApplicantWithdrawsTheirOwnRequestOnline() {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String tn = openCase("A", RECEIVED, r -> withApplicantAccount(r, "applicant-7"));
        String other = SignedJwts.staff("applicant-8", "", "applicant");
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/cases/" + tn + "/applicant-withdrawals")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(OFFICER)
                .contentType(ContentType.JSON)
                .body("{}")
                .post("/api/cases/" + tn + "/applicant-withdrawals")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(SignedJwts.staff("applicant-7", "", "applicant"))
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"已通过其他途径获得\"}")
                .post("/api/cases/" + tn + "/applicant-withdrawals")
                .then()
                .statusCode(200)
                .body("state", equalTo("WITHDRAWN"))
                .body("withdrawnOn", equalTo("2024-10-09"))
                .body("department", equalTo(null));
        CaseEvents.Withdrawn withdrawn = KafkaTestClient.eventsFor(Topics.CASES, tn, 2, Duration.ofSeconds(30))
                .get(1)
                .dataAs(Events.CASE_WITHDRAWN);
        assertThat(withdrawn.byApplicant()).isTrue();
        assertThat(withdrawn.transition().actorRole()).isEqualTo("applicant");
    }

    @Test
    void aTransitionTheStateDoesNotAllowIsRefusedWithTheAllowedActions() {
        String tn = openCase("A");
        post(OFFICER, tn, "draft-submissions", null, "{}")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ogi:problem:invalid-transition"))
                .body("currentState", equalTo("RECEIVED"))
                .body("allowedActions", contains("ACCEPT", "WITHDRAW"));
    }

    @Test
    void aCorrectionIsRequestedOnceAndOnlyWithinTheNoticePeriod() {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String late = caseWithCorrectionNoticeDue(LocalDate.of(2024, 10, 8));
        post(OFFICER, late, "correction-requests", null, correction("文号", 5))
                .then()
                .statusCode(409)
                .body("detail", containsString("2024-10-08"));

        String tn = caseWithCorrectionNoticeDue(LocalDate.of(2024, 10, 9));
        requestCorrection(tn, "文号", 5);
        post(OFFICER, tn, "correction-requests", null, correction("名称", 5))
                .then()
                .statusCode(409)
                .body("allowedActions", not(hasItem("REQUEST_CORRECTION")));
        advance(OFFICER, tn, "corrections", "{\"correctedReceivedDate\": \"2024-10-09\"}", "CORRECTED");
        post(OFFICER, tn, "correction-requests", null, correction("名称", 5))
                .then()
                .statusCode(409)
                .body("currentState", equalTo("CORRECTED"))
                .body("allowedActions", contains("ACCEPT", "WITHDRAW"));
    }

    /** Issue 10 item 2: received 2018-09-28, correction requested 2018-10-08 (OGI Reg 2008 Art. 21(四): no limit). */
    @Test
    void a2008RequestGetsACorrectionRequestWithoutTheSevenDayLimit() {
        clock.setToday(LocalDate.of(2018, 10, 8));
        String tn = openCase("A", LocalDate.of(2018, 9, 28));
        requestCorrection(tn, "文号", 5);
    }

    @Test
    void whenTheCorrectionPeriodRunsOutTheRequestIsDeemedAbandoned() {
        clock.setToday(LocalDate.of(2024, 9, 30));
        String tn = caseWithCorrectionNoticeDue(LocalDate.of(2024, 10, 15));
        requestCorrection(tn, "文号", 5);
        schedule(tn, "A", "CORRECTION_PERIOD", LocalDate.of(2024, 10, 14));
        clock.setToday(LocalDate.of(2024, 10, 14));
        post(OFFICER, tn, "abandonments", null, "{}")
                .then()
                .statusCode(409)
                .body("detail", containsString("runs until 2024-10-14"));

        clock.setToday(LocalDate.of(2024, 10, 15));
        advance(OFFICER, tn, "abandonments", "{}", "ABANDONED");
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn)
                .then()
                .body("replyType", equalTo("OTHER_CORRECTION_NOT_MADE"));
        assertThat(KafkaTestClient.eventsFor(Topics.CASES, tn, 3, Duration.ofSeconds(30))
                        .get(2)
                        .dataAs(Events.CASE_ABANDONED)
                        .reason())
                .isEqualTo("CORRECTION_PERIOD_EXPIRED");
    }

    @Test
    void anExtensionIsApprovedByTheOfficeHeadOnceAndForAtMostTwentyWorkingDays() {
        String tn = caseInDrafting();
        clock.setToday(LocalDate.of(2024, 10, 9));
        schedule(tn, "A", "REPLY", LocalDate.of(2024, 10, 30));
        post(OFFICER, tn, "extensions", null, extension(10, "2024-10-09"))
                .then()
                .statusCode(403);
        post(HEAD, tn, "extensions", null, extension(21, "2024-10-09"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("workingDays"));
        post(HEAD, tn, "extensions", null, "{\"workingDays\": 15, \"reason\": \"复杂\"}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("applicantToldOn"));
        advance(HEAD, tn, "extensions", extension(15, "2024-10-09"), "DRAFTING");
        post(HEAD, tn, "extensions", null, extension(5, "2024-10-09"))
                .then()
                .statusCode(409)
                .body("detail", containsString("already extended"));
    }

    @Test
    void underThe2008RegulationAnExtensionIsAtMostFifteenWorkingDays() {
        clock.setToday(LocalDate.of(2019, 5, 20));
        String tn = caseInDraftingDue(LocalDate.of(2019, 5, 14), LocalDate.of(2019, 6, 4));
        post(HEAD, tn, "extensions", null, extension(16, "2019-05-20"))
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("at most 15"));
    }

    @Test
    void aFeeNoticeChargesByTheBracketsAndPaymentResumesDrafting() {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String tn = caseInDraftingDue(RECEIVED, LocalDate.of(2024, 10, 30));
        advance(OFFICER, tn, "fee-notices", "{\"mode\": \"PER_PAGE\", \"pages\": 250}", "AWAITING_FEE");
        advance(OFFICER, tn, "fee-payments", "{\"paidOn\": \"2024-10-09\"}", "DRAFTING");
        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.CASES, tn, 5, Duration.ofSeconds(30));
        assertThat(events.get(3).dataAs(Events.CASE_FEE_NOTICE_ISSUED).amount()).isEqualByComparingTo("4700");
        assertThat(events.get(4).type()).isEqualTo("ogi.case.fee-paid.v1");
    }

    @Test
    void aWrongRoleIsForbidden() {
        String tn = openCase("A");
        post(SECRECY_REVIEWER, tn, "acceptances", null, "{}")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        post(SignedJwts.staff("clerk", "A", "intake-clerk"), tn, "acceptances", null, "{}")
                .then()
                .statusCode(403);
    }

    @Test
    void anotherAgencysCaseIsNotFound() {
        String tn = openCase("A");
        post(OFFICER_OF_B, tn, "acceptances", null, "{}")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(OFFICER_OF_B)
                .get("/api/cases/" + tn + "/audit")
                .then()
                .statusCode(404);
    }

    @Test
    void aStaleVersionIsRefusedWithTheCurrentState() {
        String tn = openCase("A");
        long seen = version(tn);
        advance(OFFICER, tn, "acceptances", "{}", "ACCEPTED");
        post(OTHER_OFFICER, tn, "assignments", seen, "{\"department\": \"预算科\", \"officer\": \"officer-2\"}")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("currentState", equalTo("ACCEPTED"))
                .body("currentVersion", equalTo((int) seen + 1))
                .body("allowedActions", contains("ASSIGN", "WITHDRAW"));
    }

    @Test
    void theSameStepSentTwiceTakesEffectOnce() {
        String tn = openCase("A");
        long first = request(OFFICER, null, "{}")
                .header("Idempotency-Key", "k-" + tn)
                .post("/api/cases/" + tn + "/acceptances")
                .then()
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .extract()
                .jsonPath()
                .getLong("version");
        long second = request(OFFICER, null, "{}")
                .header("Idempotency-Key", "k-" + tn)
                .post("/api/cases/" + tn + "/acceptances")
                .then()
                .statusCode(200)
                .body("state", equalTo("ACCEPTED"))
                .extract()
                .jsonPath()
                .getLong("version");
        assertThat(second).isEqualTo(first);
        given().auth().oauth2(OFFICER).get("/api/cases/" + tn + "/audit").then().body("action", contains("ACCEPT"));
        // Without the key, the repeat finds the state moved on.
        post(OFFICER, tn, "acceptances", null, "{}").then().statusCode(409);
        assertThat(KafkaTestClient.eventsFor(Topics.CASES, tn, 3, Duration.ofSeconds(3)))
                .extracting(CloudEvent::type)
                .containsExactly("ogi.case.opened.v1", "ogi.case.accepted.v1");
    }

    @Test
    void theAuditTrailRefusesUpdatesAndDeletesInTheDatabase() throws SQLException {
        String tn = openCase("A");
        advance(OFFICER, tn, "acceptances", "{\"comment\": \"材料齐全\"}", "ACCEPTED");
        try (Connection db = OgiInfrastructure.openDatabaseConnection()) {
            assertThatThrownBy(() ->
                            execute(db, "update case_audit set comment = 'changed' where tracking_number = ?", tn))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute(db, "delete from case_audit where tracking_number = ?", tn))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            try (PreparedStatement select =
                    db.prepareStatement("select count(*), min(comment) from case_audit where tracking_number = ?")) {
                select.setString(1, tn);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(1);
                    assertThat(rows.getString(2)).isEqualTo("材料齐全");
                }
            }
        }
    }

    @Test
    void queuesListTheAgencysCasesForTheRoleByDueDate() {
        String later = openCase("Q");
        String sooner = openCase("Q");
        String unknown = openCase("Q");
        schedule(later, "Q", "REPLY", LocalDate.of(2024, 10, 30));
        schedule(sooner, "Q", "REPLY", LocalDate.of(2024, 10, 25));
        String officerQ = SignedJwts.staff("officer-q", "Q", "case-officer");

        given().auth()
                .oauth2(officerQ)
                .queryParam("size", 2)
                .get("/api/queues/awaiting-acceptance")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.trackingNumber", contains(sooner, later))
                .body("items[0].dueDate", equalTo("2024-10-25"));
        given().auth()
                .oauth2(officerQ)
                .queryParam("page", 1)
                .queryParam("size", 2)
                .get("/api/queues/awaiting-acceptance")
                .then()
                .body("items.trackingNumber", contains(unknown));

        post(officerQ, sooner, "acceptances", null, "{}").then().statusCode(200);
        post(officerQ, sooner, "assignments", null, "{\"department\": \"综合科\", \"officer\": \"officer-q\"}")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(officerQ)
                .get("/api/queues/my-drafts")
                .then()
                .body("items.trackingNumber", contains(sooner));
        given().auth()
                .oauth2(SignedJwts.staff("officer-r", "Q", "case-officer"))
                .get("/api/queues/my-drafts")
                .then()
                .body("total", equalTo(0));
        given().auth()
                .oauth2(SignedJwts.staff("secrecy-q", "Q", "secrecy-reviewer"))
                .get("/api/queues/awaiting-approval")
                .then()
                .statusCode(403);
        given().auth().oauth2(officerQ).get("/api/queues/nothing").then().statusCode(404);
    }

    /**
     * Issue 10 items 1 and 5: the fee clock is looked up under its typed key (FEE_PAYMENT:<fee id>); notice received
     * 2024-09-02, never paid, payable until 2024-09-30; abandonment on 2024-10-08 ends in 其他处理 2.
     */
    @Test
    void anUnpaidFeeEndsInAbandonmentUnderTheFeeClocksTypedKey() {
        clock.setToday(LocalDate.of(2024, 8, 30));
        String tn = caseInDraftingDue(LocalDate.of(2024, 8, 26), LocalDate.of(2024, 9, 23));
        clock.setToday(LocalDate.of(2024, 9, 2));
        advance(OFFICER, tn, "fee-notices", "{\"mode\": \"PER_PAGE\", \"pages\": 40}", "AWAITING_FEE");
        post(OFFICER, tn, "abandonments", null, "{}").then().statusCode(409);
        advance(OFFICER, tn, "fee-notice-receipts", "{\"receivedOn\": \"2024-09-02\"}", "FEE_NOTICE_RECEIVED");
        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.CASES, tn, 5, Duration.ofSeconds(30));
        String feeId = events.get(3).dataAs(Events.CASE_FEE_NOTICE_ISSUED).feeId();
        assertThat(events.get(4).dataAs(Events.CASE_FEE_NOTICE_RECEIVED).receivedOn())
                .isEqualTo(LocalDate.of(2024, 9, 2));
        schedule(tn, "A", ClockKey.of(ClockKind.FEE_PAYMENT, feeId).text(), LocalDate.of(2024, 9, 30));

        clock.setToday(LocalDate.of(2024, 9, 30));
        post(OFFICER, tn, "abandonments", null, "{}")
                .then()
                .statusCode(409)
                .body("detail", containsString("runs until 2024-09-30"));
        clock.setToday(LocalDate.of(2024, 10, 8));
        advance(OFFICER, tn, "abandonments", "{}", "ABANDONED");
        given().auth().oauth2(OFFICER).get("/api/cases/" + tn).then().body("replyType", equalTo("OTHER_FEE_NOT_PAID"));
        assertThat(KafkaTestClient.eventsFor(Topics.CASES, tn, 6, Duration.ofSeconds(30))
                        .get(5)
                        .dataAs(Events.CASE_ABANDONED)
                        .reason())
                .isEqualTo("FEE_NOT_PAID");
    }

    /** Issue 10 item 20: per request, the fee counts intake's monthly number, not one typed by staff. */
    @Test
    void aPerRequestFeeCountsTheApplicantsRequestsInTheMonthFromIntake() {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String tn = openCase("A", RECEIVED, r -> withRequestsInMonth(r, 31));
        acceptAndAssign(tn);
        schedule(tn, "A", "REPLY", LocalDate.of(2024, 10, 30));
        post(OFFICER, tn, "fee-notices", null, "{\"mode\": \"PER_REQUEST\", \"pages\": 31}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("pages"));
        advance(OFFICER, tn, "fee-notices", "{\"mode\": \"PER_REQUEST\"}", "AWAITING_FEE");
        CaseEvents.FeeNoticeIssued notice = KafkaTestClient.eventsFor(Topics.CASES, tn, 4, Duration.ofSeconds(30))
                .get(3)
                .dataAs(Events.CASE_FEE_NOTICE_ISSUED);
        assertThat(notice.units()).isEqualTo(31);
        assertThat(notice.amount()).isEqualByComparingTo("200");
    }

    /** Issue 10 item 3: received 2024-09-27, due 2024-10-30; an extension on 2024-11-05 is refused. */
    @Test
    void anExtensionAfterTheReplyDueDateIsRefused() {
        String tn = caseInDraftingDue(RECEIVED, LocalDate.of(2024, 10, 30));
        clock.setToday(LocalDate.of(2024, 11, 5));
        post(HEAD, tn, "extensions", null, extension(20, "2024-11-05"))
                .then()
                .statusCode(409)
                .body("detail", containsString("2024-10-30"));
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn)
                .then()
                .body("extendedWorkingDays", equalTo(null))
                .body("replyDueDate", equalTo("2024-10-30"));
    }

    /**
     * Issue 10 item 4: received 2024-04-22, letter sent and received 2024-04-30; the third party has until 2024-05-23,
     * so NO_ANSWER entered on 2024-05-06 is refused and accepted from 2024-05-24. Another agency's silence is deemed
     * consent (Art. 34).
     */
    @Test
    void noAnswerIsRecordedOnlyAfterTheThirdPartysFifteenWorkingDaysFromReceipt() {
        clock.setToday(LocalDate.of(2024, 4, 30));
        String tn = caseInDrafting(LocalDate.of(2024, 4, 22));
        String consultation = post(OFFICER, tn, "consultations", version(tn), """
                {"kind": "THIRD_PARTY", "party": "某某建设有限公司", "letterSentOn": "2024-04-30"}""")
                .then()
                .statusCode(201)
                .extract()
                .header("Location")
                .replaceAll(".*/", "");
        advance(
                OFFICER,
                tn,
                "consultations/" + consultation + "/letter-receipts",
                "{\"letterReceivedOn\": \"2024-04-30\"}",
                "CONSULTING");
        schedule(tn, "A", "THIRD_PARTY_ANSWER:" + consultation, LocalDate.of(2024, 5, 23));

        clock.setToday(LocalDate.of(2024, 5, 6));
        post(OFFICER, tn, "consultations/" + consultation + "/answers", null, "{\"outcome\": \"NO_ANSWER\"}")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("from 2024-05-24"));
        post(OFFICER, tn, "consultations/" + consultation + "/answers", null, "{\"outcome\": \"DEEMED_CONSENT\"}")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("NO_ANSWER"));
        clock.setToday(LocalDate.of(2024, 5, 24));
        advance(OFFICER, tn, "consultations/" + consultation + "/answers", "{\"outcome\": \"NO_ANSWER\"}", "DRAFTING");
        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.CASES, tn, 6, Duration.ofSeconds(30));
        assertThat(events.get(4)
                        .dataAs(Events.CASE_CONSULTATION_LETTER_RECEIVED)
                        .letterReceivedOn())
                .isEqualTo(LocalDate.of(2024, 4, 30));
        CaseEvents.ConsultationEnded ended = events.get(5).dataAs(Events.CASE_CONSULTATION_ENDED);
        assertThat(ended.outcome()).isEqualTo("NO_ANSWER");
        assertThat(ended.answeredOn()).isNull();
        assertThat(ended.answerDueDate()).isEqualTo(LocalDate.of(2024, 5, 23));
    }

    /** Issue 14 item 6: notification-service's proof of service records the reply's delivery, once. */
    @Test
    void theProofOfServiceFromNotificationsRecordsTheDelivery() {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String tn = caseInDrafting();
        reply(tn, "{\"replyType\": \"DISCLOSED\"}", "EMAIL");
        CloudEvent replied = KafkaTestClient.eventsFor(Topics.CASES, tn, 7, Duration.ofSeconds(30)).stream()
                .filter(e -> e.is(Events.CASE_REPLIED))
                .findFirst()
                .orElseThrow();
        assertThat(replied.dataAs(Events.CASE_REPLIED).letterText()).contains("予以公开");

        CloudEvent served = TestEvents.event(
                Events.NOTIFICATION_SERVED,
                tn,
                new NotificationEvents.Served(
                        tn, "A", "n-1", "REPLY", "EMAIL", LocalDate.of(2024, 10, 9), "电子邮件发送至a@example.cn"));
        TestEvents.publishAndAwait(
                served,
                () -> given().auth()
                        .oauth2(OFFICER)
                        .get("/api/cases/" + tn)
                        .then()
                        .body("state", equalTo("DELIVERED"))
                        .body("deliveredOn", equalTo("2024-10-09")));
        long delivered = version(tn);
        TestEvents.publish(served);
        TestEvents.publish(TestEvents.event(
                Events.NOTIFICATION_SERVED,
                tn,
                new NotificationEvents.Served(tn, "A", "n-2", "REPLY", "POST", LocalDate.of(2024, 10, 9), "挂号信XA1")));
        assertThat(KafkaTestClient.eventsFor(Topics.CASES, tn, 9, Duration.ofSeconds(3)))
                .extracting(CloudEvent::type)
                .containsOnlyOnce("ogi.case.delivered.v1");
        assertThat(version(tn)).isEqualTo(delivered);
    }

    /** Issue 10 item 16: disclosure over an objection needs the public-interest reasons and the notice first. */
    @Test
    void aDisclosureOverAnObjectionNeedsThePublicInterestAndTheNoticeToTheThirdParty() {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String tn = caseInDrafting();
        String consultation = post(OFFICER, tn, "consultations", version(tn), """
                {"kind": "THIRD_PARTY", "party": "某某化工有限公司", "letterSentOn": "2024-10-08",
                 "letterReceivedOn": "2024-10-08"}""")
                .then()
                .statusCode(201)
                .extract()
                .header("Location")
                .replaceAll(".*/", "");
        advance(
                OFFICER,
                tn,
                "consultations/" + consultation + "/answers",
                "{\"outcome\": \"OBJECTION\", \"answeredOn\": \"2024-10-09\", \"grounds\": \"涉及商业秘密\"}",
                "DRAFTING");
        post(OFFICER, tn, "drafts", null, "{\"replyType\": \"DISCLOSED\"}")
                .then()
                .statusCode(400)
                .body("errors.field", contains("publicInterestReasons"));
        advance(
                OFFICER,
                tn,
                "drafts",
                "{\"replyType\": \"DISCLOSED\", \"publicInterestReasons\": \"排污数据涉及公众健康\"}",
                "DRAFTING");
        approve(tn);
        post(OFFICER, tn, "replies", null, "{\"deliveryMethod\": \"EMAIL\"}")
                .then()
                .statusCode(409)
                .body("detail", containsString("Art. 32"))
                .body("allowedActions", hasItem("NOTIFY_THIRD_PARTY"));
        advance(OFFICER, tn, "consultations/" + consultation + "/disclosure-notices", """
                {"notifiedOn": "2024-10-09", "informationToDisclose": "2024年排污监测数据",
                 "publicInterestReasons": "排污数据涉及公众健康"}""", "APPROVED");
        advance(OFFICER, tn, "replies", "{\"deliveryMethod\": \"EMAIL\"}", "REPLIED");
        assertThat(KafkaTestClient.eventsFor(Topics.CASES, tn, 12, Duration.ofSeconds(30)))
                .extracting(CloudEvent::type)
                .contains("ogi.case.third-party-notified.v1");
    }

    /**
     * Issue 10 items 6 and 9: DISCLOSED, already published, no basis → 第三十六条第（一）项; a withholding drafted on
     * 2023-12-29 and replied on 2024-01-03 goes out dated 2024-01-03 with reconsideration first. The letter prints the
     * agency's name from intake's event.
     */
    @Test
    void theLetterCitesTheVariantsArticleAndFollowsTheDayOfTheReply() {
        clock.setToday(LocalDate.of(2023, 12, 29));
        String published = caseInDrafting(LocalDate.of(2023, 12, 20));
        advance(
                OFFICER,
                published,
                "drafts",
                "{\"replyType\": \"DISCLOSED\", \"alreadyPublished\": true,"
                        + " \"publicationLocation\": \"区政府网站政府信息公开专栏\"}",
                "DRAFTING");
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + published + "/draft")
                .then()
                .body("legalBasis", equalTo("《中华人民共和国政府信息公开条例》第三十六条第（一）项"))
                .body("letterText", containsString("第三十六条第（一）项"))
                .body("letterText", containsString("A 人民政府办公室"));

        String withheld = caseInDrafting(LocalDate.of(2023, 12, 20));
        advance(OFFICER, withheld, "drafts", """
                {"replyType": "WITHHELD_INTERNAL_AFFAIRS", "reasons": "属于人事管理信息",
                 "reconsiderationBody": "北京市东城区人民政府"}""", "DRAFTING");
        approve(withheld);
        clock.setToday(LocalDate.of(2024, 1, 3));
        advance(OFFICER, withheld, "replies", "{\"deliveryMethod\": \"POST\"}", "REPLIED");
        String sent = given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + withheld + "/draft")
                .then()
                .body("letterText", containsString("2023年12月29日"))
                .body("letterText", not(containsString("先向")))
                .extract()
                .path("sentLetterText");
        assertThat(sent)
                .endsWith("2024年1月3日\n")
                .contains("六十日内先向北京市东城区人民政府申请行政复议")
                .doesNotContain("2023年12月29日");
    }

    /** Issue 10 items 11 and 14: outcomes that need a step before them. */
    @Test
    void outcomesThatNeedAStepBeforeThemAreRefusedWithoutIt() {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String tn = caseInDrafting();
        post(OFFICER, tn, "drafts", null, """
                {"replyType": "CANNOT_PROVIDE_UNCLEAR_AFTER_CORRECTION", "reasons": "仍无法确定所需信息",
                 "reconsiderationBody": "北京市东城区人民政府"}""")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("Art. 30"));
        String excessive = """
                {"replyType": "NOT_PROCESSED_EXCESSIVE_REQUESTS", "reasons": "申请理由不合理",
                 "reconsiderationBody": "北京市东城区人民政府"}""";
        post(OFFICER, tn, "drafts", null, excessive)
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("Art. 35"));

        schedule(tn, "A", "REPLY", LocalDate.of(2024, 10, 30));
        advance(OFFICER, tn, "reasons-requests", "{\"volumeObserved\": \"一个月内提出120件申请\"}", "AWAITING_REASONS");
        post(OFFICER, tn, "reasons-decisions", null, "{\"outcome\": \"REASONS_NOT_REASONABLE\", \"assessment\": \"x\"}")
                .then()
                .statusCode(403);
        post(HEAD, tn, "reasons-decisions", null, """
                {"outcome": "LONGER_PERIOD", "assessment": "理由合理但数量大", "replyDueDate": "2024-10-30"}""")
                .then()
                .statusCode(400)
                .body("errors.field", contains("replyDueDate", "applicantToldOn"));
        advance(HEAD, tn, "reasons-decisions", """
                {"outcome": "LONGER_PERIOD", "reasonsReceivedOn": "2024-10-09", "assessment": "理由合理但数量大",
                 "replyDueDate": "2024-12-31", "applicantToldOn": "2024-10-09"}""", "DRAFTING");
        post(OFFICER, tn, "drafts", null, excessive).then().statusCode(400);
        CaseEvents.ExcessiveRequestsDecided decided = KafkaTestClient.eventsFor(
                        Topics.CASES, tn, 5, Duration.ofSeconds(30))
                .get(4)
                .dataAs(Events.CASE_EXCESSIVE_REQUESTS_DECIDED);
        assertThat(decided.replyDueDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(decided.setBy()).isEqualTo("head-1");
        assertThat(decided.applicantToldOn()).isEqualTo(LocalDate.of(2024, 10, 9));
    }

    /** Issue 10 item 15: a repeat request names an earlier request of the same applicant that was answered. */
    @Test
    void aRepeatRequestNamesAnEarlierAnsweredRequest() {
        clock.setToday(LocalDate.of(2024, 9, 20));
        String earlier = caseInDrafting(LocalDate.of(2024, 8, 1));
        String tn = caseInDrafting();
        String repeat = """
                {"replyType": "NOT_PROCESSED_REPEAT_REQUEST", "repeatOf": "%s", "reasons": "与前次申请内容相同",
                 "reconsiderationBody": "北京市东城区人民政府"}""".formatted(earlier);
        post(OFFICER, tn, "drafts", null, repeat)
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("has not been answered"));
        reply(earlier, "{\"replyType\": \"DISCLOSED\"}", "EMAIL");
        clock.setToday(LocalDate.of(2024, 10, 9));
        advance(OFFICER, tn, "drafts", repeat, "DRAFTING");
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn + "/draft")
                .then()
                .body("repeatOf", equalTo(earlier))
                .body("letterText", containsString("编号：" + earlier));
    }

    /** Issue 10 item 19: an Art. 41 request is answered by the agency's check and decision. */
    @Test
    void aRecordCorrectionRequestIsAnsweredByTheCheckAndItsOutcome() {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String tn = openCase("A", RECEIVED, CaseWorkflowApiTest::asRecordCorrection);
        acceptAndAssign(tn);
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn)
                .then()
                .body("requestKind", equalTo("RECORD_CORRECTION"))
                .body("allowedActions", not(hasItem("SAVE_DRAFT")));
        post(OFFICER, tn, "record-correction-decisions", null, """
                {"outcome": "FORWARDED", "checkFindings": "该记录由区公安分局制作", "deliveryMethod": "POST"}""")
                .then()
                .statusCode(400)
                .body("errors.field", contains("competentAgency", "reasons", "reconsiderationBody"));
        advance(OFFICER, tn, "record-correction-decisions", """
                {"outcome": "CORRECTED", "checkFindings": "户籍证明显示出生日期为1980年1月2日", "deliveryMethod": "POST"}""", "REPLIED");
        CaseEvents.RecordCorrectionDecided decided = KafkaTestClient.eventsFor(
                        Topics.CASES, tn, 4, Duration.ofSeconds(30))
                .get(3)
                .dataAs(Events.CASE_RECORD_CORRECTION_DECIDED);
        assertThat(decided.outcome()).isEqualTo("CORRECTED");
        assertThat(decided.decidedOn()).isEqualTo(LocalDate.of(2024, 10, 9));
        assertReplyLetterIsAPdf(tn);
        advance(
                OFFICER,
                tn,
                "deliveries",
                "{\"method\": \"POST\", \"deliveredOn\": \"2024-10-09\", \"proof\": \"EMS 1234567890123\"}",
                "DELIVERED");
    }

    /**
     * An approved letter that cannot go out as approved is returned from APPROVED: the return releases its freeze
     * (the frozen-letter trigger used to refuse the next draft), and it is drafted, reviewed and approved again.
     */
    @Test
    void anApprovedLetterReturnedBeforeSendingIsDraftedAndApprovedAgain() throws SQLException {
        clock.setToday(LocalDate.of(2024, 10, 9));
        String tn = caseInDrafting();
        advance(OFFICER, tn, "drafts", """
                {"replyType": "DISCLOSED", "reconsiderationBody": "北京市东城区人民政府"}""", "DRAFTING");
        approve(tn);
        String firstSha = letterSha256(tn);
        assertThat(firstSha).isNotNull();

        advance(REVIEWER, tn, "approvals", "{\"outcome\": \"RETURNED\", \"comment\": \"复议机关名称有误\"}", "DRAFTING");
        assertThat(letterSha256(tn)).isNull();
        advance(OFFICER, tn, "drafts", """
                {"replyType": "WITHHELD_STATE_SECRET", "reasons": "经定密属于国家秘密",
                 "reconsiderationBody": "北京市东城区人民政府"}""", "DRAFTING");
        approve(tn);
        assertThat(letterSha256(tn)).isNotNull().isNotEqualTo(firstSha);
        advance(OFFICER, tn, "replies", "{\"deliveryMethod\": \"POST\"}", "REPLIED");
        given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn + "/audit")
                .then()
                .body(
                        "find { it.action == 'RETURN_FROM_APPROVAL' }.reason",
                        containsString("approval of letter sha256 " + firstSha + " withdrawn"));

        // A sent letter stays frozen: only a reopening that kept it may release it.
        try (Connection db = OgiInfrastructure.openDatabaseConnection()) {
            assertThatThrownBy(() -> execute(
                            db,
                            "update case_draft set letter_sha256 = null, approved_by = null where tracking_number = ?",
                            tn))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("frozen");
        }
    }

    private static void assertReplyLetterIsAPdf(String tn) {
        byte[] pdf = given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn + "/reply-letter.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private static String letterSha256(String tn) throws SQLException {
        try (Connection db = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement select =
                        db.prepareStatement("select letter_sha256 from case_draft where tracking_number = ?")) {
            select.setString(1, tn);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }

    // ---- helpers (the common steps are in CaseSteps)

    /** A case in drafting whose reply deadline-service has announced as due on {@code replyDue}. */
    private static String caseInDraftingDue(LocalDate received, LocalDate replyDue) {
        String tn = caseInDrafting(received);
        schedule(tn, "A", "REPLY", replyDue);
        return tn;
    }

    /** A case received on RECEIVED whose correction notice deadline-service has announced as due on {@code due}. */
    private static String caseWithCorrectionNoticeDue(LocalDate due) {
        String tn = openCase("A");
        schedule(tn, "A", "CORRECTION_NOTICE", due);
        return tn;
    }

    private static void requestCorrection(String tn, String item, int periodWorkingDays) {
        advance(OFFICER, tn, "correction-requests", correction(item, periodWorkingDays), "CORRECTION_REQUESTED");
    }

    private static String correction(String item, int periodWorkingDays) {
        return "{\"itemsToCorrect\": [\"%s\"], \"periodWorkingDays\": %d}".formatted(item, periodWorkingDays);
    }

    /** deadline-service announces a due date; waits until the case has it. */
    static void schedule(String tn, String agency, String clock, LocalDate due) {
        TestEvents.publishAndAwait(
                TestEvents.event(
                        Events.DEADLINE_SCHEDULED,
                        tn,
                        new DeadlineScheduled(tn, agency, ClockKey.parse(clock), RECEIVED, 7, due, false, "OGI_2019")),
                () -> {
                    try (Connection db = OgiInfrastructure.openDatabaseConnection();
                            PreparedStatement select = db.prepareStatement(
                                    "select due_date from case_deadline where tracking_number = ? and clock = ?")) {
                        select.setString(1, tn);
                        select.setString(2, clock);
                        try (ResultSet rows = select.executeQuery()) {
                            assertThat(rows.next()).isTrue();
                            assertThat(rows.getObject(1, LocalDate.class)).isEqualTo(due);
                        }
                    }
                });
    }

    static RequestReceived withApplicantAccount(RequestReceived r, String userId) {
        RequestReceived.Applicant a = r.applicant();
        return new RequestReceived(
                r.trackingNumber(),
                r.agency(),
                "WEB",
                r.receivedDate(),
                r.registeredAt(),
                new RequestReceived.Applicant(
                        a.type(),
                        a.category(),
                        a.name(),
                        a.idType(),
                        a.idNumber(),
                        a.phone(),
                        a.email(),
                        a.address(),
                        userId,
                        a.legalRepresentative(),
                        a.contactPerson()),
                r.information(),
                r.delivery(),
                r.missingContents(),
                r.flags(),
                r.possibleRepeatOf(),
                r.agencyName(),
                r.kind(),
                r.recordCorrection(),
                r.applicantRequestsInMonth());
    }

    private static RequestReceived withRequestsInMonth(RequestReceived r, int count) {
        return new RequestReceived(
                r.trackingNumber(),
                r.agency(),
                r.channel(),
                r.receivedDate(),
                r.registeredAt(),
                r.applicant(),
                r.information(),
                r.delivery(),
                r.missingContents(),
                r.flags(),
                r.possibleRepeatOf(),
                r.agencyName(),
                r.kind(),
                r.recordCorrection(),
                count);
    }

    private static RequestReceived asRecordCorrection(RequestReceived r) {
        return new RequestReceived(
                r.trackingNumber(),
                r.agency(),
                r.channel(),
                r.receivedDate(),
                r.registeredAt(),
                r.applicant(),
                null,
                r.delivery(),
                r.missingContents(),
                r.flags(),
                r.possibleRepeatOf(),
                r.agencyName(),
                RequestReceived.RECORD_CORRECTION,
                new RequestReceived.RecordCorrection("2023年低保审批名单", "出生日期应为1980年1月2日", List.of("户籍证明复印件")),
                r.applicantRequestsInMonth());
    }

    private static String extension(int workingDays, String applicantToldOn) {
        return "{\"workingDays\": %d, \"reason\": \"复杂\", \"applicantToldOn\": \"%s\"}"
                .formatted(workingDays, applicantToldOn);
    }

    private static void execute(Connection db, String sql, String tn) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, tn);
            statement.executeUpdate();
        }
    }
}
