package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.contracts.Topics;
import org.ogi.stack.OgiService;
import org.ogi.testsupport.KafkaTestClient;

/**
 * A request registered at intake is worked to CLOSED over the services' REST APIs by the people whose roles the
 * law requires: the case officer accepts, drafts and replies, the head of the OGI office extends, the secrecy
 * reviewer passes the draft and a different reviewer approves it. Every step is announced on Kafka and moves the
 * clocks of deadline-service.
 */
@ExtendWith(EndToEndStack.class)
class CaseGoesFromIntakeToClosedIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private final TokenClient tokens = TokenClient.ofStack();
    private final String clerk = tokens.accessTokenOf("clerk");
    private final String officer = tokens.accessTokenOf("officer");
    private final String reviewer = tokens.accessTokenOf("reviewer");
    private final StaffSteps staff = new StaffSteps();

    @Test
    void aCaseIsWorkedFromIntakeToClosedByEachRoleAndEveryStepIsAnEvent() throws Exception {
        String trackingNumber = InformationRequests.register(clerk).jsonPath().getString("trackingNumber");
        await("the case")
                .atMost(PROPAGATION)
                .untilAsserted(() -> assertThat(Services.okBody(Services.as(officer, OgiService.CASE)
                                        .when()
                                        .get("/api/cases/{tn}", trackingNumber))
                                .getString("state"))
                        .isEqualTo("RECEIVED"));
        // deadline-service may answer 404 until it has consumed the request.
        String replyDue = await("the reply clock")
                .atMost(PROPAGATION)
                .ignoreExceptions()
                .until(() -> (String) replyClock(trackingNumber).get("dueDate"), due -> due != null);

        // case-service refuses an extension until it knows the reply due date (Art. 33 ¶2: not after it).
        await("the case's reply due date")
                .atMost(PROPAGATION)
                .untilAsserted(() -> assertThat(Services.okBody(Services.as(officer, OgiService.CASE)
                                        .when()
                                        .get("/api/cases/{tn}", trackingNumber))
                                .getString("replyDueDate"))
                        .isEqualTo(replyDue));

        staff.assigned(trackingNumber, "officer");
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String extension = """
                {"workingDays": 10, "reason": "需要调取多年档案", "applicantToldOn": "%s"}""".formatted(today);
        refuse(officer, trackingNumber, "extensions", extension, 403);
        staff.step("head", trackingNumber, "extensions", extension, "DRAFTING");
        staff.step("officer", trackingNumber, "drafts", "{\"replyType\": \"DISCLOSED\"}", "DRAFTING");
        staff.step("officer", trackingNumber, "draft-submissions", "{}", "SECRECY_REVIEW");
        refuse(reviewer, trackingNumber, "secrecy-reviews", "{\"outcome\": \"PASSED\"}", 403);
        staff.step("secrecy", trackingNumber, "secrecy-reviews", "{\"outcome\": \"PASSED\"}", "APPROVAL");
        staff.step("reviewer", trackingNumber, "approvals", "{\"outcome\": \"APPROVED\"}", "APPROVED");
        staff.step("officer", trackingNumber, "replies", "{\"deliveryMethod\": \"EMAIL\"}", "REPLIED");
        // notification-service e-mails the reply; its proof of service (the e-mail sent) records the delivery.
        await("the reply served by e-mail")
                .atMost(PROPAGATION)
                .untilAsserted(() -> assertThat(Services.okBody(Services.as(officer, OgiService.CASE)
                                        .when()
                                        .get("/api/cases/{tn}", trackingNumber))
                                .getString("state"))
                        .isEqualTo("DELIVERED"));
        assertThat(StackMail.to("zhangsan@example.cn", trackingNumber))
                .extracting(StackMail.Mail::subject)
                .contains("政府信息公开申请收到告知（" + trackingNumber + "）", "政府信息公开申请答复书（" + trackingNumber + "）");
        String replyPdf = StackMail.pdfText(StackMail.to("zhangsan@example.cn", trackingNumber).stream()
                .filter(mail -> mail.subject().startsWith("政府信息公开申请答复书"))
                .findFirst()
                .orElseThrow());
        assertThat(replyPdf).contains(trackingNumber).contains("答复");
        staff.step("officer", trackingNumber, "closures", "{}", "CLOSED");

        List<String> types = KafkaTestClient.valuesKeyed(
                        EndToEndStack.config().kafkaBootstrapServers(), Topics.CASES, trackingNumber, 10, PROPAGATION)
                .stream()
                .map(value -> JsonPath.from(value).getString("type"))
                .toList();
        assertThat(types)
                .containsExactly(
                        "ogi.case.opened.v1",
                        "ogi.case.accepted.v1",
                        "ogi.case.assigned.v1",
                        "ogi.case.extended.v1",
                        "ogi.case.draft-submitted.v1",
                        "ogi.case.secrecy-review-passed.v1",
                        "ogi.case.approved.v1",
                        "ogi.case.replied.v1",
                        "ogi.case.delivered.v1",
                        "ogi.case.closed.v1");

        // The extension moved the reply clock by ten working days; the reply met it.
        String extendedDue = WorkingDays.after(officer, replyDue, 10);
        await("the extended, met reply clock").atMost(PROPAGATION).untilAsserted(() -> {
            Map<String, Object> reply = replyClock(trackingNumber);
            assertThat(reply).containsEntry("dueDate", extendedDue).containsEntry("status", "MET");
        });
        List<String> audit = Services.okBody(
                        Services.as(officer, OgiService.CASE).when().get("/api/cases/{tn}/audit", trackingNumber))
                .getList("action");
        assertThat(audit).contains("ACCEPT", "EXTEND", "SUBMIT_DRAFT", "APPROVE", "REPLY", "CLOSE");
    }

    private Map<String, Object> replyClock(String trackingNumber) {
        return Services.okBody(Services.as(officer, OgiService.DEADLINE)
                        .when()
                        .get("/api/cases/{tn}/deadlines", trackingNumber))
                .getMap("clocks.find { it.kind == 'REPLY' }");
    }

    /** POSTs a workflow step that the caller's role may not take. */
    private static void refuse(String token, String trackingNumber, String step, String body, int status) {
        Services.as(token, OgiService.CASE)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/cases/{tn}/" + step, trackingNumber)
                .then()
                .statusCode(status)
                .contentType("application/problem+json");
    }
}
