package org.ogi.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.ogi.cases.rest.CaseSteps.OFFICER;
import static org.ogi.cases.rest.CaseSteps.RECEIVED;
import static org.ogi.cases.rest.CaseSteps.REVIEWER;
import static org.ogi.cases.rest.CaseSteps.SECRECY_REVIEWER;
import static org.ogi.cases.rest.CaseSteps.advance;
import static org.ogi.cases.rest.CaseSteps.openCase;
import static org.ogi.cases.rest.CaseWorkflowApiTest.HEAD;
import static org.ogi.cases.rest.CaseWorkflowApiTest.schedule;
import static org.ogi.cases.rest.CaseWorkflowApiTest.withApplicantAccount;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ogi.testsupport.MutableClock;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.SignedJwts;

/** Issue 16: the applicant follows their own request — status, reply date and why, the letter once sent. */
@QuarkusTest
@TestProfile(SignedJwts.TestIssuer.class)
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ApplicantCaseApiTest {

    private static final String OWNER = SignedJwts.staff("applicant-31", "", "applicant");
    private static final String OTHER_APPLICANT = SignedJwts.staff("applicant-32", "", "applicant");

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theApplicantSeesTheirRequestsStatusDueDateAndTheLetterOnlyOnceSent() {
        clock.setToday(LocalDate.of(2024, 9, 30));
        String tn = openCase("A", RECEIVED, r -> withApplicantAccount(r, "applicant-31"));
        schedule(tn, "A", "REPLY", LocalDate.of(2024, 10, 28));

        mine(tn).statusCode(200)
                .body("status", equalTo("RECEIVED"))
                .body("statusLabel", equalTo("已收到"))
                .body("replyDueDate", equalTo("2024-10-28"))
                .body("replyDueExplanation", containsString("第三十三条第二款"))
                .body("letterAvailable", equalTo(false))
                // Staff facts stay with staff.
                .body("assignedOfficer", nullValue())
                .body("allowedActions", nullValue());
        given().auth().oauth2(OWNER).get("/api/me/cases").then().statusCode(200).body("trackingNumber", hasItem(tn));
        given().auth()
                .oauth2(OTHER_APPLICANT)
                .get("/api/me/cases")
                .then()
                .statusCode(200)
                .body("trackingNumber", not(hasItem(tn)));
        given().auth().oauth2(OTHER_APPLICANT).get("/api/me/cases/" + tn).then().statusCode(404);
        given().auth()
                .oauth2(OTHER_APPLICANT)
                .get("/api/me/cases/" + tn + "/reply-letter.pdf")
                .then()
                .statusCode(404);
        given().auth().oauth2(OFFICER).get("/api/me/cases/" + tn).then().statusCode(403);

        advance(OFFICER, tn, "acceptances", "{}", "ACCEPTED");
        advance(OFFICER, tn, "assignments", "{\"department\": \"预算科\", \"officer\": \"officer-1\"}", "DRAFTING");
        advance(HEAD, tn, "extensions", """
                {"workingDays": 20, "reason": "需要调取多年档案", "applicantToldOn": "2024-09-30"}""", "DRAFTING");
        advance(OFFICER, tn, "drafts", "{\"replyType\": \"DISCLOSED\"}", "DRAFTING");
        advance(OFFICER, tn, "draft-submissions", "{}", "SECRECY_REVIEW");
        mine(tn).body("status", equalTo("IN_PROGRESS"))
                .body("statusLabel", equalTo("办理中"))
                .body("replyDueExplanation", containsString("延长20个工作日"));
        advance(SECRECY_REVIEWER, tn, "secrecy-reviews", "{\"outcome\": \"PASSED\"}", "APPROVAL");
        advance(REVIEWER, tn, "approvals", "{\"outcome\": \"APPROVED\"}", "APPROVED");

        // Approved but not sent: the letter is still the agency's.
        mine(tn).body("letterAvailable", equalTo(false));
        given().auth()
                .oauth2(OWNER)
                .get("/api/me/cases/" + tn + "/reply-letter.pdf")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        advance(OFFICER, tn, "replies", "{\"deliveryMethod\": \"ONLINE\"}", "REPLIED");
        mine(tn).body("status", equalTo("REPLIED"))
                .body("replyDueDate", nullValue())
                .body("repliedOn", equalTo("2024-09-30"))
                .body("replyTypeLabel", equalTo("予以公开"))
                .body("letterAvailable", equalTo(true));
        byte[] pdf = given().auth()
                .oauth2(OWNER)
                .get("/api/me/cases/" + tn + "/reply-letter.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void aRequestMadeOnPaperIsNoApplicantAccountsRequest() {
        String tn = openCase("A", RECEIVED, r -> r);
        given().auth().oauth2(OWNER).get("/api/me/cases/" + tn).then().statusCode(404);
    }

    private static ValidatableResponse mine(String tn) {
        return given().auth().oauth2(OWNER).get("/api/me/cases/" + tn).then().statusCode(200);
    }
}
