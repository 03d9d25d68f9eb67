package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.stack.OgiService;

/**
 * Issue 13: one reconsideration (行政复议) from filing to a remand, with the realm's tokens. A refusal is delivered on
 * 2024-03-01; `legal` files the application received on 2024-03-08, the copy on 2024-03-11 (ARL 2023: the answer
 * within 10 working days, Art. 48; filed within the 60 days, Art. 20); `legal` drafts the answer, `legal2` reviews
 * it, it is submitted; the body orders a new reply (责令重新答复) by 2024-05-10; the case reopens with that due date
 * and is answered again through secrecy review and approval; the REMAND_REPLY clock is met.
 */
@ExtendWith(EndToEndStack.class)
class ReconsiderationRemandsTheCaseIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private final TokenClient tokens = TokenClient.ofStack();
    private final StaffSteps staff = new StaffSteps();

    @AfterEach
    void backToToday() {
        StackDay.reset();
    }

    @Test
    void aReconsiderationOrderingANewReplyReopensTheCaseUntilTheNewReplyIsDelivered() {
        StackDay.set(LocalDate.of(2024, 3, 1));
        String tn = InformationRequests.register(token("clerk")).jsonPath().getString("trackingNumber");
        await("the reply clock")
                .atMost(PROPAGATION)
                .untilAsserted(
                        () -> assertThat(caseView(tn).getString("replyDueDate")).isNotNull());
        staff.replied(tn, """
                {"replyType": "WITHHELD_STATE_SECRET", "reasons": "经定密属于国家秘密",
                 "reconsiderationBody": "北京市东城区人民政府"}""");
        staff.delivered(
                tn, "{\"method\": \"POST\", \"deliveredOn\": \"2024-03-01\", \"proof\": \"EMS 1234567890123\"}");
        await("appeals-service knows the delivered reply")
                .atMost(PROPAGATION)
                .untilAsserted(() -> assertThat(appeals("legal")
                                .when()
                                .get("/api/cases/{tn}/appeals", tn)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getString("deliveredOn"))
                        .isEqualTo("2024-03-01"));

        StackDay.set(LocalDate.of(2024, 3, 11));
        String number = appeals("legal")
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "kind",
                        "RECONSIDERATION",
                        "trackingNumbers",
                        List.of(tn),
                        "appellant",
                        "张三",
                        "forum",
                        "北京市东城区人民政府",
                        "forumFileNumber",
                        "东政复字〔2024〕7号",
                        "procedure",
                        "ORDINARY",
                        "filedOn",
                        "2024-03-08",
                        "copyReceivedOn",
                        "2024-03-11"))
                .when()
                .post("/api/appeals")
                .then()
                .statusCode(201)
                .extract()
                .path("appealNumber");
        await("the filing check and the answer clock").atMost(PROPAGATION).untilAsserted(() -> {
            JsonPath appeal = appeal(number);
            assertThat(appeal.getString("filingCheck.lastDay")).isEqualTo("2024-04-30");
            assertThat(appeal.getBoolean("filingCheck.inTime")).isTrue();
            assertThat(appeal.getString("deadlines.find { it.clock == 'APPEAL_ANSWER' }.dueDate"))
                    .isEqualTo("2024-03-25");
            assertThat(appeal.getString("deadlines.find { it.clock == 'APPEAL_ANSWER' }.basis"))
                    .contains("ARL 2023 Art. 48");
        });

        StackDay.set(LocalDate.of(2024, 3, 15));
        appealStep("legal", number, "answer/draft", Map.of("text", "答复意见：被申请人依法作出答复，请予维持。"), "ANSWER_DRAFTED");
        appealStep("legal2", number, "answer/review", Map.of("approve", true), "ANSWER_REVIEWED");
        appealStep(
                "legal",
                number,
                "answer/submission",
                Map.of("submittedOn", "2024-03-15", "evidence", List.of(tn + " 答复书", tn + " 送达回证")),
                "ANSWER_SUBMITTED");

        StackDay.set(LocalDate.of(2024, 4, 15));
        appealStep(
                "legal",
                number,
                "outcome",
                Map.of(
                        "outcome",
                        "ORDERED_TO_REPLY_AGAIN",
                        "form",
                        "DECISION",
                        "decidedOn",
                        "2024-04-12",
                        "servedOn",
                        "2024-04-15",
                        "documentNumber",
                        "东政复决字〔2024〕7号",
                        "replyAgainBy",
                        "2024-05-10"),
                "DECIDED");
        await("the case reopened with the decision's due date")
                .atMost(PROPAGATION)
                .untilAsserted(() -> {
                    JsonPath reopened = caseView(tn);
                    assertThat(reopened.getString("state")).isEqualTo("REOPENED");
                    assertThat(reopened.getString("replyDueDate")).isEqualTo("2024-05-10");
                    assertThat(reopened.getList("appeals.appealNumber")).containsExactly(number);
                    assertThat(reopened.getString("earlierReplies[0].replyType"))
                            .isEqualTo("WITHHELD_STATE_SECRET");
                });

        // The day before the new reply is due: deadline-service's REMAND_REPLY clock is due soon.
        StackDay.set(LocalDate.of(2024, 5, 9));
        await("the remanded reply's clock due soon")
                .atMost(PROPAGATION)
                .untilAsserted(() -> assertThat(remandClocksDueSoon(tn)).containsExactly("REMAND_REPLY:" + number));
        staff.draftApproved(tn, """
                {"replyType": "DISCLOSED", "reconsiderationBody": "北京市东城区人民政府"}""");
        staff.repliedByPost(tn);
        staff.delivered(
                tn, "{\"method\": \"POST\", \"deliveredOn\": \"2024-05-09\", \"proof\": \"EMS 1234567890124\"}");
        assertThat(caseView(tn).getString("replyType")).isEqualTo("DISCLOSED");
        await("the remanded reply's clock met by the new reply")
                .atMost(PROPAGATION)
                .untilAsserted(() -> assertThat(remandClocksDueSoon(tn)).isEmpty());
    }

    /** The case's open REMAND_REPLY clocks in the agency's due-soon list. */
    private List<String> remandClocksDueSoon(String tn) {
        return Services.okBody(Services.as(token("officer"), OgiService.DEADLINE)
                        .queryParam("kind", "REMAND_REPLY")
                        .when()
                        .get("/api/deadlines/due-soon"))
                .getList("clocks.findAll { it.trackingNumber == '" + tn + "' }.clock");
    }

    private String token(String user) {
        return tokens.accessTokenOf(user);
    }

    private RequestSpecification appeals(String user) {
        return Services.as(token(user), OgiService.APPEALS);
    }

    private JsonPath appeal(String number) {
        return Services.okBody(appeals("legal").when().get("/api/appeals/{number}", number));
    }

    private JsonPath caseView(String tn) {
        return Services.okBody(
                Services.as(token("officer"), OgiService.CASE).when().get("/api/cases/{tn}", tn));
    }

    private void appealStep(String user, String number, String step, Map<String, ?> body, String expectedStatus) {
        appeals(user)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/appeals/{number}/" + step, number)
                .then()
                .statusCode(200)
                .body("status", equalTo(expectedStatus));
    }
}
