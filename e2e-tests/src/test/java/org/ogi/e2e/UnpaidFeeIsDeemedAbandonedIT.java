package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.contracts.Topics;
import org.ogi.stack.OgiService;
import org.ogi.testsupport.KafkaTestClient;

/**
 * Issue 10 item 1 (§1.13, table 三 （六）2): a fee notice the applicant received on 2024-09-02 and never paid is
 * payable until 2024-09-30; on 2024-10-08 the request is deemed abandoned (视为放弃). The fee clock is computed by
 * deadline-service and looked up by case-service through the typed clock key; no due date is inserted by hand, the
 * stack's day is moved instead.
 */
@ExtendWith(EndToEndStack.class)
class UnpaidFeeIsDeemedAbandonedIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private final TokenClient tokens = TokenClient.ofStack();
    private final String clerk = tokens.accessTokenOf("clerk");
    private final String officer = tokens.accessTokenOf("officer");
    private final StaffSteps staff = new StaffSteps();

    @AfterEach
    void backToToday() {
        StackDay.reset();
    }

    @Test
    void anUnpaidFeeEndsInDeemedAbandonmentWithTheFeeNotPaidOutcome() {
        StackDay.set(LocalDate.of(2024, 8, 26));
        String trackingNumber = InformationRequests.register(clerk).jsonPath().getString("trackingNumber");
        await("the reply clock")
                .atMost(PROPAGATION)
                .ignoreExceptions()
                .untilAsserted(
                        () -> assertThat(clock(trackingNumber, "REPLY")).containsEntry("startDate", "2024-08-26"));
        // case-service acts on the reply due date only once it has it.
        await("the case")
                .atMost(PROPAGATION)
                .untilAsserted(() -> assertThat(caseView(trackingNumber).getString("replyDueDate"))
                        .isNotNull());
        staff.assigned(trackingNumber, "officer");

        StackDay.set(LocalDate.of(2024, 9, 2));
        // 40 pages: 10 pages above the free 30, 10 元 each (fee measures Art. 5).
        staff.step("officer", trackingNumber, "fee-notices", "{\"mode\": \"PER_PAGE\", \"pages\": 40}", "AWAITING_FEE");
        staff.step(
                "officer",
                trackingNumber,
                "fee-notice-receipts",
                "{\"receivedOn\": \"2024-09-02\"}",
                "FEE_NOTICE_RECEIVED");
        await("the fee clock")
                .atMost(PROPAGATION)
                .ignoreExceptions()
                .untilAsserted(
                        () -> assertThat(clock(trackingNumber, "FEE_PAYMENT")).containsEntry("dueDate", "2024-09-30"));

        StackDay.set(LocalDate.of(2024, 10, 8));
        await("case-service knows the fee clock")
                .atMost(PROPAGATION)
                .untilAsserted(() -> assertThat(caseView(trackingNumber).getList("allowedActions"))
                        .contains("ABANDON"));
        staff.step("officer", trackingNumber, "abandonments", "{}", "ABANDONED");

        JsonPath abandoned = KafkaTestClient.valuesKeyed(
                        EndToEndStack.config().kafkaBootstrapServers(), Topics.CASES, trackingNumber, 6, PROPAGATION)
                .stream()
                .map(JsonPath::from)
                .filter(event -> "ogi.case.abandoned.v1".equals(event.getString("type")))
                .findFirst()
                .orElseThrow();
        assertThat(abandoned.getString("data.reason")).isEqualTo("FEE_NOT_PAID");
        assertThat(caseView(trackingNumber).getString("replyType")).isEqualTo("OTHER_FEE_NOT_PAID");
        await("the stopped fee clock")
                .atMost(PROPAGATION)
                .untilAsserted(
                        () -> assertThat(clock(trackingNumber, "FEE_PAYMENT")).containsEntry("status", "MET"));
    }

    private JsonPath caseView(String trackingNumber) {
        return Services.okBody(Services.as(officer, OgiService.CASE).when().get("/api/cases/{tn}", trackingNumber));
    }

    private Map<String, Object> clock(String trackingNumber, String kind) {
        return Services.okBody(Services.as(officer, OgiService.DEADLINE)
                        .when()
                        .get("/api/cases/{tn}/deadlines", trackingNumber))
                .getMap("clocks.find { it.kind == '" + kind + "' }");
    }
}
