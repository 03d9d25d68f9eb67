package org.ogi.e2e;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

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

        String trackingNumber = InformationRequests.register(applicant, InformationRequests.WEB_REQUEST)
                .then()
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
