package org.ogi.cases.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.function.UnaryOperator;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.testsupport.SignedJwts;
import org.ogi.testsupport.TestEvents;

/** The ways the API tests take a case of agency A through its steps, as staff and their clients would. */
final class CaseSteps {

    static final LocalDate RECEIVED = LocalDate.of(2024, 9, 27);
    static final String OFFICER = SignedJwts.staff("officer-1", "A", "case-officer");
    static final String SECRECY_REVIEWER = SignedJwts.staff("secrecy-1", "A", "secrecy-reviewer");
    static final String REVIEWER = SignedJwts.staff("reviewer-1", "A", "reviewer");

    private CaseSteps() {}

    static String openCase(String agency) {
        return openCase(agency, RECEIVED);
    }

    static String openCase(String agency, LocalDate received) {
        return openCase(agency, received, r -> r);
    }

    /** intake announces the request (as {@code changed} makes it); waits until the case is open. */
    static String openCase(String agency, LocalDate received, UnaryOperator<RequestReceived> changed) {
        String tn = TestEvents.newTrackingNumber(agency);
        String token = SignedJwts.staff("reader", agency, "case-officer");
        TestEvents.publishAndAwait(
                TestEvents.event(
                        Events.REQUEST_RECEIVED, tn, changed.apply(TestEvents.requestReceived(tn, agency, received))),
                () -> given().auth()
                        .oauth2(token)
                        .get("/api/cases/" + tn)
                        .then()
                        .statusCode(200));
        return tn;
    }

    static String caseInDrafting() {
        return caseInDrafting(RECEIVED);
    }

    static String caseInDrafting(LocalDate received) {
        String tn = openCase("A", received);
        acceptAndAssign(tn);
        return tn;
    }

    static void acceptAndAssign(String tn) {
        advance(OFFICER, tn, "acceptances", "{}", "ACCEPTED");
        advance(OFFICER, tn, "assignments", "{\"department\": \"预算科\", \"officer\": \"officer-1\"}", "DRAFTING");
    }

    /** Submits the saved draft; it passes secrecy review and is approved. */
    static void approve(String tn) {
        advance(OFFICER, tn, "draft-submissions", "{}", "SECRECY_REVIEW");
        advance(SECRECY_REVIEWER, tn, "secrecy-reviews", "{\"outcome\": \"PASSED\"}", "APPROVAL");
        advance(REVIEWER, tn, "approvals", "{\"outcome\": \"APPROVED\"}", "APPROVED");
    }

    /** Saves {@code draft}, has it approved and sends the reply by {@code deliveryMethod}. */
    static void reply(String tn, String draft, String deliveryMethod) {
        advance(OFFICER, tn, "drafts", draft, "DRAFTING");
        approve(tn);
        advance(OFFICER, tn, "replies", "{\"deliveryMethod\": \"" + deliveryMethod + "\"}", "REPLIED");
    }

    static long version(String tn) {
        return Long.parseLong(given().auth()
                .oauth2(OFFICER)
                .get("/api/cases/" + tn)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag")
                .replace("\"", ""));
    }

    /** Takes a step with the version just read, as a client would, and expects the new state. */
    static void advance(String token, String tn, String resource, String body, String expectedState) {
        post(token, tn, resource, version(tn), body).then().statusCode(200).body("state", equalTo(expectedState));
    }

    static Response post(String token, String tn, String resource, Long version, String body) {
        return request(token, version, body).post("/api/cases/" + tn + "/" + resource);
    }

    static RequestSpecification request(String token, Long version, String body) {
        RequestSpecification spec =
                given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        return version == null ? spec : spec.header("If-Match", "\"" + version + "\"");
    }
}
