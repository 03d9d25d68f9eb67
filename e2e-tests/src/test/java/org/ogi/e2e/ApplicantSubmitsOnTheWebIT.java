package org.ogi.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.stack.OgiService;

/** The demo applicant finds the demo agencies in the directory and submits a request to one of them. */
@ExtendWith(EndToEndStack.class)
class ApplicantSubmitsOnTheWebIT {

    private final TokenClient tokens = TokenClient.ofStack();

    @Test
    void theApplicantSubmitsToAnAgencyOfTheDirectoryAndSeesTheRequestMasked() {
        String applicant = tokens.accessTokenOf("applicant");
        Services.as(applicant, OgiService.INTAKE)
                .when()
                .get("/api/agencies")
                .then()
                .statusCode(200)
                .body("code", hasItems("A", "B"));

        String body = InformationRequests.IN_PERSON_REQUEST.replace(
                "\"channel\":\"IN_PERSON\",", "\"channel\":\"WEB\",\"agency\":\"A\",");
        String trackingNumber = Services.as(applicant, OgiService.INTAKE)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .when()
                .post("/api/requests")
                .then()
                .statusCode(201)
                .body("channel", equalTo("WEB"))
                .extract()
                .path("trackingNumber");

        // The same token again, now answered from the verified-token cache.
        Services.as(applicant, OgiService.INTAKE)
                .when()
                .get("/api/requests/{tn}", trackingNumber)
                .then()
                .statusCode(200)
                .body("applicant.idNumber", equalTo("110105********002X"));
        Services.as(tokens.accessTokenOf("applicant2"), OgiService.INTAKE)
                .when()
                .get("/api/requests/{tn}", trackingNumber)
                .then()
                .statusCode(404);
    }
}
