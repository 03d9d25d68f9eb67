package org.ogi.appeals.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.ogi.testsupport.RepliedBuilder.replied;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.contracts.v1.DeadlineEvents;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AppealsApiTest {

    @Test
    @TestSecurity(user = "legal", roles = "legal-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void aReconsiderationFromFilingToARemandWithItsHistoryEventsAndClocks() throws Exception {
        String tn = repliedCase("A");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/cases/" + tn + "/appeals")
                        .then()
                        .statusCode(200)
                        .body("applicantName", equalTo("张三"))
                        .body("replyType", equalTo("WITHHELD_STATE_SECRET"))
                        .body("deliveredOn", equalTo("2024-03-01"))
                        .body("replyDueDate", equalTo("2024-02-29"))
                        .body("remediesTold", equalTo(true)));

        String number = file(tn, "2024-04-10", "2024-04-15");
        assertThat(number).startsWith("A-AP-2024-");
        assertThat(outbox(number)).containsExactly("ogi.appeal.filed.v1");
        assertThat(payload(number, "ogi.appeal.filed.v1"))
                .contains("\"knewOn\":\"2024-03-01\"")
                .contains("\"replyOutcomeGroup\":\"WITHHELD\"")
                .contains("\"actOn\":\"2024-02-28\"");

        // deadline-service's answer clock and filing check, the clock delivered twice.
        var answerClock = TestEvents.event(
                Events.DEADLINE_SCHEDULED,
                number,
                new DeadlineScheduled(
                        number,
                        "A",
                        ClockKey.of(ClockKind.APPEAL_ANSWER),
                        LocalDate.of(2024, 4, 15),
                        10,
                        LocalDate.of(2024, 4, 29),
                        false,
                        "ARL 2023 Art. 48"));
        TestEvents.publish(answerClock);
        TestEvents.publish(answerClock);
        TestEvents.publish(TestEvents.event(
                AppealEvents.FILING_CHECKED,
                number,
                new AppealEvents.FilingChecked(
                        number,
                        "A",
                        "ARL_ART_20",
                        LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 4, 30),
                        LocalDate.of(2024, 4, 10),
                        true,
                        List.of(),
                        List.of("自知道答复之日（送达）起60日"),
                        false)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/appeals/" + number)
                        .then()
                        .statusCode(200)
                        .body("deadlines", hasSize(1))
                        .body("deadlines[0].clock", equalTo("APPEAL_ANSWER"))
                        .body("deadlines[0].dueDate", equalTo("2024-04-29"))
                        .body("deadlines[0].duty", equalTo(true))
                        .body("filingCheck.lastDay", equalTo("2024-04-30"))
                        .body("filingCheck.inTime", equalTo(true)));

        given().get("/api/appeals/answers-due").then().statusCode(200).body("appealNumber", hasItem(number));
        given().queryParam("overdue", true)
                .queryParam("kind", "RECONSIDERATION")
                .get("/api/appeals")
                .then()
                .statusCode(200)
                .body("appealNumber", hasItem(number));
        given().queryParam("kind", "DIRECT_SUIT")
                .get("/api/appeals")
                .then()
                .statusCode(200)
                .body("appealNumber", not(hasItem(number)));

        post(number, "answer/draft", Map.of("text", "答复意见：被申请人依法作出答复。"))
                .statusCode(200)
                .body("status", equalTo("ANSWER_DRAFTED"));
        post(number, "answer/review", Map.of("approve", true))
                .statusCode(409)
                .body(
                        "allowedActions",
                        containsInAnyOrder(
                                "DECIDE",
                                "DRAFT_ANSWER",
                                "EXTEND_DECISION_PERIOD",
                                "NOTE_DATE",
                                "RETURN_ANSWER",
                                "REVIEW_ANSWER",
                                "WITHDRAW"));
        sql("update appeal set answer_drafter = 'another-officer' where appeal_number = '" + number + "'");
        post(number, "answer/review", Map.of("approve", true))
                .statusCode(200)
                .body("status", equalTo("ANSWER_REVIEWED"));
        post(
                        number,
                        "answer/submission",
                        Map.of("submittedOn", "2024-04-25", "evidence", List.of(tn + " 答复书", tn + " 送达回证")))
                .statusCode(200)
                .body("status", equalTo("ANSWER_SUBMITTED"))
                .body("answerEvidence", hasSize(2));
        post(number, "dates", Map.of("what", "听证", "on", "2024-05-20")).statusCode(200);
        post(
                        number,
                        "outcome",
                        Map.of(
                                "outcome",
                                "ORDERED_TO_REPLY_AGAIN",
                                "form",
                                "DECISION",
                                "decidedOn",
                                "2024-06-01",
                                "servedOn",
                                "2024-06-03",
                                "documentNumber",
                                "某复决字〔2024〕1号",
                                "replyAgainWorkingDays",
                                15))
                .statusCode(200)
                .body("status", equalTo("DECIDED"))
                .body("outcomeLabel", equalTo("责令重新答复"))
                .body("reportColumn", equalTo("CORRECTED"))
                .body("replyAgain", equalTo(true));
        post(number, "withdrawal", Map.of("withdrawnOn", "2024-06-05"))
                .statusCode(409)
                .body("allowedActions", contains("NOTE_DATE"));

        assertThat(outbox(number))
                .containsExactly("ogi.appeal.filed.v1", "ogi.appeal.answer-submitted.v1", "ogi.appeal.decided.v1");
        assertThat(payload(number, "ogi.appeal.decided.v1"))
                .contains("\"replyAgain\":true")
                .contains("\"trackingNumbers\":[\"" + tn + "\"]");
        given().get("/api/appeals/" + number)
                .then()
                .statusCode(200)
                .body(
                        "history.action",
                        contains("FILE", "DRAFT_ANSWER", "REVIEW_ANSWER", "SUBMIT_ANSWER", "NOTE_DATE", "DECIDE"));
        // deadline-service's clock of the remanded reply, on the case: shown with the appeal as the agency's duty.
        TestEvents.publish(TestEvents.event(
                Events.DEADLINE_SCHEDULED,
                tn,
                new DeadlineScheduled(
                        tn,
                        "A",
                        ClockKey.of(ClockKind.REMAND_REPLY, number),
                        LocalDate.of(2024, 6, 3),
                        15,
                        LocalDate.of(2024, 6, 25),
                        false,
                        "period set by the decision")));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/appeals/" + number)
                        .then()
                        .statusCode(200)
                        .body("deadlines.find { it.clock == 'REMAND_REPLY:" + tn + "' }.dueDate", equalTo("2024-06-25"))
                        .body("deadlines.find { it.clock == 'REMAND_REPLY:" + tn + "' }.duty", equalTo(true)));

        byte[] pdf = given().get("/api/appeals/" + number + "/answer.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // The respondent is the agency by the name its request carried (RequestReceived.agencyName), not its code;
        // the reply by its table 三 label, not its code.
        assertThat(pdfText(pdf))
                .contains("被申请人：A人民政府办公室", "作出答复（属于国家秘密）")
                .doesNotContain("被申请人：A申请人", "WITHHELD_STATE_SECRET");
        given().get("/api/cases/" + tn + "/appeals")
                .then()
                .statusCode(200)
                .body("appeals.appealNumber", contains(number))
                .body("appeals[0].outcome", equalTo("ORDERED_TO_REPLY_AGAIN"));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void theBodyExtendsItsDecisionPeriodOnceByAtMostThirtyDaysWhileUndecided() throws Exception {
        String tn = repliedCase("A");
        String number = file(tn, "2024-04-10", "2024-04-15");
        given().get("/api/appeals/" + number)
                .then()
                .statusCode(200)
                .body("allowedActions", hasItem("EXTEND_DECISION_PERIOD"));

        post(number, "decision-period-extension", Map.of("days", 31, "notifiedOn", "2099-01-01"))
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("days", "notifiedOn"));
        post(number, "decision-period-extension", Map.of("notifiedOn", "2024-04-01"))
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("days", "notifiedOn"));
        assertThat(outbox(number)).containsExactly("ogi.appeal.filed.v1");

        post(number, "decision-period-extension", Map.of("days", 30, "notifiedOn", "2024-06-01", "reason", "案情复杂"))
                .statusCode(200)
                .body("status", equalTo("FILED"))
                .body("decisionPeriodExtensionDays", equalTo(30))
                .body("decisionPeriodExtendedOn", equalTo("2024-06-01"))
                .body("allowedActions", not(hasItem("EXTEND_DECISION_PERIOD")))
                .body("history.action", contains("FILE", "EXTEND_DECISION_PERIOD"));
        assertThat(outbox(number)).containsExactly("ogi.appeal.filed.v1", "ogi.appeal.decision-period-extended.v1");
        assertThat(payload(number, "ogi.appeal.decision-period-extended.v1"))
                .contains("\"days\":30")
                .contains("\"notifiedOn\":\"2024-06-01\"");

        // deadline-service moves the expected decision by the extension: legal staff see the new date, not a duty.
        TestEvents.publish(TestEvents.event(
                Events.DEADLINE_SCHEDULED,
                number,
                new DeadlineScheduled(
                        number,
                        "A",
                        ClockKey.of(ClockKind.APPEAL_OUTCOME_EXPECTED),
                        LocalDate.of(2024, 4, 17),
                        0,
                        LocalDate.of(2024, 6, 17),
                        false,
                        "ARL 2023 Art. 62 ¶1")));
        TestEvents.publish(TestEvents.event(
                Events.DEADLINE_CHANGED,
                number,
                new DeadlineEvents.Changed(
                        number,
                        "A",
                        ClockKey.of(ClockKind.APPEAL_OUTCOME_EXPECTED),
                        LocalDate.of(2024, 6, 17),
                        LocalDate.of(2024, 7, 17),
                        "DECISION_PERIOD_EXTENDED",
                        false)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/appeals/" + number)
                        .then()
                        .statusCode(200)
                        .body("deadlines.find { it.clock == 'APPEAL_OUTCOME_EXPECTED' }.dueDate", equalTo("2024-07-17"))
                        .body("deadlines.find { it.clock == 'APPEAL_OUTCOME_EXPECTED' }.duty", equalTo(false)));

        // Once only.
        post(number, "decision-period-extension", Map.of("days", 10, "notifiedOn", "2024-06-02"))
                .statusCode(409)
                .body("detail", containsString("already extended"))
                .body("allowedActions", not(hasItem("EXTEND_DECISION_PERIOD")))
                .body("allowedActions", hasItem("DECIDE"));
        // Not after the decision.
        String decided = file(tn, "2024-04-11", "2024-04-15");
        post(
                        decided,
                        "outcome",
                        Map.of(
                                "outcome",
                                "UPHELD",
                                "form",
                                "DECISION",
                                "decidedOn",
                                "2024-06-01",
                                "documentNumber",
                                "某复决字〔2024〕2号"))
                .statusCode(200);
        post(decided, "decision-period-extension", Map.of("days", 10, "notifiedOn", "2024-06-02"))
                .statusCode(409)
                .body("allowedActions", contains("NOTE_DATE"));
        // Not for a court.
        String suit = given().contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "DIRECT_SUIT",
                        "trackingNumbers",
                        List.of(tn),
                        "appellant",
                        "张三",
                        "forum",
                        "某区人民法院",
                        "filedOn",
                        "2024-04-12",
                        "copyReceivedOn",
                        "2024-04-15"))
                .post("/api/appeals")
                .then()
                .statusCode(201)
                .extract()
                .path("appealNumber");
        given().get("/api/appeals/" + suit)
                .then()
                .statusCode(200)
                .body("allowedActions", not(hasItem("EXTEND_DECISION_PERIOD")));
        post(suit, "decision-period-extension", Map.of("days", 10, "notifiedOn", "2024-06-02"))
                .statusCode(409)
                .body("detail", containsString("only a reconsideration body"));
        assertThat(outbox(decided)).doesNotContain("ogi.appeal.decision-period-extended.v1");
        assertThat(outbox(suit)).containsExactly("ogi.appeal.filed.v1");
        assertThat(count("select count(*) from appeal where appeal_number in ('" + decided + "', '" + suit
                        + "') and decision_period_extension_days is not null"))
                .isZero();
    }

    @Test
    @TestSecurity(user = "legal-c", roles = "legal-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "C"))
    void tableFourCountsTheYearsAppealsByOutcomeColumnAndPendingAtYearEnd() throws Exception {
        String tn = repliedCase("C");
        await().atMost(Duration.ofSeconds(30))
                .until(() -> given().get("/api/cases/" + tn + "/appeals").statusCode() == 200);
        String upheld = file(tn, "2024-04-10", "2024-04-15");
        String pending = file(tn, "2024-04-20", "2024-04-22");
        post(
                        upheld,
                        "outcome",
                        Map.of(
                                "outcome",
                                "UPHELD",
                                "form",
                                "DECISION",
                                "decidedOn",
                                "2024-06-01",
                                "servedOn",
                                "2024-06-03",
                                "documentNumber",
                                "复决2"))
                .statusCode(200);
        assertThat(pending).isNotEqualTo(upheld);

        given().queryParam("year", 2024)
                .get("/api/appeals/table-four")
                .then()
                .statusCode(200)
                .body("'行政复议'.'结果维持'", equalTo(1))
                .body("'行政复议'.'尚未审结'", equalTo(1))
                .body("'行政复议'.'总计'", equalTo(2))
                .body("'行政诉讼 未经复议直接起诉'.'总计'", equalTo(0));
    }

    @Test
    @TestSecurity(user = "legal", roles = "legal-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void anInvalidFilingIsRefusedWithItsFieldsAndSavesNothing() throws Exception {
        String unknown = TestEvents.newTrackingNumber("A");
        Map<String, Object> body = new HashMap<>(Map.of(
                "kind",
                "SUIT_AFTER_RECONSIDERATION",
                "trackingNumbers",
                List.of(unknown),
                "forum",
                "某区人民法院",
                "filedOn",
                "2024-04-10",
                "copyReceivedOn",
                "2024-04-01"));
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/appeals")
                .then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("appellant", "followsAppeal", "copyReceivedOn"));
        body.put("appellant", "张三");
        body.put("kind", "DIRECT_SUIT");
        body.put("copyReceivedOn", "2024-04-12");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/appeals")
                .then()
                .statusCode(400)
                .body("errors.field", contains("trackingNumbers"));
        body.put("kind", "APPEAL_TO_THE_EMPEROR");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/appeals")
                .then()
                .statusCode(400)
                .body("errors.field", contains("kind"));
        assertThat(count("select count(*) from appeal_case where tracking_number = '" + unknown + "'"))
                .isZero();
    }

    @Test
    @TestSecurity(user = "legal-b", roles = "legal-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "B"))
    void anotherAgencysLegalOfficerSeesNothingAndChangesNothing() throws Exception {
        String number = appealOfAgencyA();
        given().get("/api/appeals/" + number).then().statusCode(404);
        given().get("/api/appeals").then().statusCode(200).body("appealNumber", not(hasItem(number)));
        post(number, "withdrawal", Map.of("withdrawnOn", "2024-06-05")).statusCode(404);
        post(number, "decision-period-extension", Map.of("days", 10, "notifiedOn", "2024-06-05"))
                .statusCode(404);
        assertThat(count("select count(*) from appeal where appeal_number = '" + number + "' and status = 'FILED'"))
                .isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "head", roles = "ogi-office-head")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void theOfficeHeadReadsButDoesNotWrite() throws Exception {
        String number = appealOfAgencyA();
        given().get("/api/appeals/" + number).then().statusCode(200).body("status", equalTo("FILED"));
        post(number, "withdrawal", Map.of("withdrawnOn", "2024-06-05")).statusCode(403);
        post(number, "decision-period-extension", Map.of("days", 10, "notifiedOn", "2024-06-05"))
                .statusCode(403);
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void anIntakeClerkHasNoAccess() {
        given().get("/api/appeals").then().statusCode(403);
    }

    /** A request of agency {@code agency} replied with a refusal on 2024-02-28 and served on 2024-03-01. */
    private static String repliedCase(String agency) {
        String tn = TestEvents.newTrackingNumber(agency);
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED, tn, TestEvents.requestReceived(tn, agency, LocalDate.of(2024, 2, 1))));
        TestEvents.publish(
                TestEvents.event(Events.CASE_OPENED, tn, TestEvents.caseOpened(tn, agency, LocalDate.of(2024, 2, 1))));
        TestEvents.publish(TestEvents.event(
                Events.DEADLINE_SCHEDULED,
                tn,
                new DeadlineScheduled(
                        tn,
                        agency,
                        ClockKey.of(ClockKind.REPLY),
                        LocalDate.of(2024, 2, 1),
                        20,
                        LocalDate.of(2024, 2, 29),
                        false,
                        "OGI_2019")));
        TestEvents.publish(TestEvents.event(
                Events.CASE_REPLIED,
                tn,
                replied(
                                transition(tn, agency, "REPLY", LocalDate.of(2024, 2, 28)),
                                "WITHHELD_STATE_SECRET",
                                LocalDate.of(2024, 2, 28))
                        .outcomeGroup("WITHHELD")
                        .legalBasis("Art. 14")
                        .deliveryMethod("POST")
                        .applicantCategory("NATURAL_PERSON")
                        .remediesTold(true)
                        .replyTypeLabel("属于国家秘密")
                        .build()));
        TestEvents.publish(TestEvents.event(
                Events.CASE_DELIVERED,
                tn,
                new CaseEvents.Delivered(
                        transition(tn, agency, "RECORD_DELIVERY", LocalDate.of(2024, 3, 1)),
                        "POST",
                        LocalDate.of(2024, 3, 1),
                        "EMS 1")));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> count("select count(*) from appealable_case where "
                                + "tracking_number = '" + tn
                                + "' and delivered_on is not null and reply_due_date is not null "
                                + "and applicant_name is not null")
                        == 1);
        return tn;
    }

    private static CaseTransitioned transition(String tn, String agency, String action, LocalDate on) {
        return new CaseTransitioned(
                tn, agency, action, "APPROVED", "REPLIED", on, OffsetDateTime.now(), "officer", "case-officer");
    }

    private static String file(String tn, String filedOn, String copyReceivedOn) {
        return given().contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "RECONSIDERATION",
                        "trackingNumbers",
                        List.of(tn),
                        "appellant",
                        "张三",
                        "forum",
                        "某区人民政府",
                        "forumFileNumber",
                        "某复〔2024〕1号",
                        "procedure",
                        "ORDINARY",
                        "filedOn",
                        filedOn,
                        "copyReceivedOn",
                        copyReceivedOn))
                .post("/api/appeals")
                .then()
                .statusCode(201)
                .extract()
                .path("appealNumber");
    }

    private static ValidatableResponse post(String number, String step, Map<String, ?> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/appeals/" + number + "/" + step)
                .then();
    }

    /** An appeal filed by agency A, entered directly: the caller of these tests cannot file for A. */
    private static String appealOfAgencyA() throws SQLException {
        String tn = TestEvents.newTrackingNumber("A");
        String number = "A-AP-2098-" + tn.substring(tn.length() - 6);
        sql("insert into appealable_case (tracking_number, agency, received_date, registered_at) values ('" + tn
                + "', 'A', date '2024-02-01', now())");
        sql("insert into appeal (appeal_number, agency, kind, non_performance, appellant, forum, procedure, filed_on, "
                + "copy_received_on, status, version, created_at) values ('" + number + "', 'A', 'RECONSIDERATION', "
                + "false, '张三', '某区人民政府', 'ORDINARY', date '2024-04-10', date '2024-04-15', 'FILED', 0, now())");
        sql("insert into appeal_case (appeal_number, tracking_number) values ('" + number + "', '" + tn + "')");
        return number;
    }

    private static List<String> outbox(String number) throws SQLException {
        List<String> types = new ArrayList<>();
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement = connection.prepareStatement(
                        "select event_type from outbox_message where message_key = ? order by id")) {
            statement.setString(1, number);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
        }
        return types;
    }

    private static String payload(String number, String type) throws SQLException {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement = connection.prepareStatement(
                        "select payload from outbox_message where message_key = ? and event_type = ?")) {
            statement.setString(1, number);
            statement.setString(2, type);
            try (var rows = statement.executeQuery()) {
                assertThat(rows.next()).as(type).isTrue();
                return rows.getString(1);
            }
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    private static long count(String query) throws SQLException {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void sql(String statementText) throws SQLException {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement = connection.createStatement()) {
            statement.executeUpdate(statementText);
        }
    }
}
