package org.ogi.e2e;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.time.Duration;
import org.ogi.stack.OgiService;

/** Workflow steps of case-service taken by demo staff of agency A with their own tokens, as the console would. */
final class StaffSteps {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private static final String DISCLOSED = "{\"replyType\": \"DISCLOSED\"}";

    private final TokenClient tokens = TokenClient.ofStack();

    /** Waits for case-service to open the case, then takes it through drafting and both reviews until its reply is approved. */
    void approved(String trackingNumber) {
        approved(trackingNumber, DISCLOSED);
    }

    /** As {@link #approved(String)}, with the reply drafted as {@code draft} says. */
    void approved(String trackingNumber, String draft) {
        assigned(trackingNumber, "officer");
        draftApproved(trackingNumber, draft);
    }

    /** As {@link #approved(String, String)}, then the officer replies by post. */
    void replied(String trackingNumber, String draft) {
        approved(trackingNumber, draft);
        repliedByPost(trackingNumber);
    }

    /** Waits for case-service to open the case; the officer accepts it and assigns it to {@code drafter}. */
    void assigned(String trackingNumber, String drafter) {
        opened(trackingNumber);
        step("officer", trackingNumber, "acceptances", "{}", "ACCEPTED");
        step(
                "officer",
                trackingNumber,
                "assignments",
                "{\"department\": \"预算科\", \"officer\": \"" + drafter + "\"}",
                "DRAFTING");
    }

    /** Drafts the reply of a case being drafted (or reopened) as {@code draft} says, through both reviews. */
    void draftApproved(String trackingNumber, String draft) {
        step("officer", trackingNumber, "drafts", draft, "DRAFTING");
        step("officer", trackingNumber, "draft-submissions", "{}", "SECRECY_REVIEW");
        step("secrecy", trackingNumber, "secrecy-reviews", "{\"outcome\": \"PASSED\"}", "APPROVAL");
        step("reviewer", trackingNumber, "approvals", "{\"outcome\": \"APPROVED\"}", "APPROVED");
    }

    /** The officer sends the approved reply by post. */
    void repliedByPost(String trackingNumber) {
        step("officer", trackingNumber, "replies", "{\"deliveryMethod\": \"POST\"}", "REPLIED");
    }

    /** Waits until case-service has opened the case of the request. */
    void opened(String trackingNumber) {
        await("case-service opened the case")
                .atMost(PROPAGATION)
                .untilAsserted(() -> Services.as(tokens.accessTokenOf("officer"), OgiService.CASE)
                        .when()
                        .get("/api/cases/{tn}", trackingNumber)
                        .then()
                        .statusCode(200));
    }

    /**
     * Records the reply's delivery as {@code body} says, unless the reply e-mail's proof of service has recorded it
     * first (notification-service serves the reply by e-mail too): either way the case ends DELIVERED.
     */
    void delivered(String trackingNumber, String body) {
        var answer = Services.as(tokens.accessTokenOf("officer"), OgiService.CASE)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/cases/{tn}/deliveries", trackingNumber)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(anyOf(equalTo(200), equalTo(201), equalTo(409)));
        if (answer.extract().statusCode() == 409) {
            Services.as(tokens.accessTokenOf("officer"), OgiService.CASE)
                    .when()
                    .get("/api/cases/{tn}", trackingNumber)
                    .then()
                    .statusCode(200)
                    .body("state", equalTo("DELIVERED"));
        } else {
            answer.body("state", equalTo("DELIVERED"));
        }
    }

    /** {@code user} POSTs a workflow step; case-service answers the case in {@code expectedState}. */
    void step(String user, String trackingNumber, String step, String body, String expectedState) {
        Services.as(tokens.accessTokenOf(user), OgiService.CASE)
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/cases/{tn}/" + step, trackingNumber)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(anyOf(equalTo(200), equalTo(201)))
                .body("state", equalTo(expectedState));
    }
}
