package org.ogi.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.stack.OgiService;

/**
 * Staff of one agency (机关) cannot see another agency's requests: to them the case does not exist (404, not 403,
 * so that tracking numbers reveal nothing).
 */
@ExtendWith(EndToEndStack.class)
class AgenciesSeeOnlyTheirOwnCasesIT {

    private static final TokenClient TOKENS = TokenClient.ofStack();
    private static String trackingNumber;

    @BeforeAll
    static void agencyARegistersARequest() {
        String clerkOfA = TOKENS.accessTokenOf("clerk");
        trackingNumber = InformationRequests.register(clerkOfA).path("trackingNumber");
        // The case service learns of the request through Kafka: wait until agency A sees the case.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Services.okBody(
                        Services.as(clerkOfA, OgiService.CASE).when().get("/api/cases/{tn}", trackingNumber)));
    }

    @Test
    void intakeDoesNotShowTheRequestToAnotherAgency() {
        Services.as(TOKENS.accessTokenOf("clerk-b"), OgiService.INTAKE)
                .when()
                .get("/api/requests/{tn}", trackingNumber)
                .then()
                .statusCode(404);
    }

    @Test
    void theCaseServiceAnswersAnotherAgencyWithANotFoundProblem() {
        Services.as(TOKENS.accessTokenOf("clerk-b"), OgiService.CASE)
                .when()
                .get("/api/cases/{tn}", trackingNumber)
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }
}
