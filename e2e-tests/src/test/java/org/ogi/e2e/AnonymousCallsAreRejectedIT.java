package org.ogi.e2e;

import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogi.stack.OgiService;

/** Every business endpoint wants a token; without one the answer is 401, whatever the resource. */
@ExtendWith(EndToEndStack.class)
class AnonymousCallsAreRejectedIT {

    private static final String SOME_TRACKING_NUMBER = "A-2026-000001";

    @Test
    void registeringARequest() {
        Services.anonymous(OgiService.INTAKE)
                .contentType(ContentType.JSON)
                .body(InformationRequests.IN_PERSON_REQUEST)
                .when()
                .post("/api/requests")
                .then()
                .statusCode(401);
    }

    @ParameterizedTest(name = "{0} GET {1}")
    @CsvSource({
        "INTAKE,       /api/requests/" + SOME_TRACKING_NUMBER,
        "CASE,         /api/cases/" + SOME_TRACKING_NUMBER,
        "DEADLINE,     /api/cases/" + SOME_TRACKING_NUMBER + "/deadlines",
        "APPEALS,      /api/cases/" + SOME_TRACKING_NUMBER + "/appeals",
        "NOTIFICATION, /api/notifications?trackingNumber=" + SOME_TRACKING_NUMBER,
        "REPORT,       /api/reports/2024",
    })
    void reading(OgiService service, String path) {
        Services.anonymous(service).when().get(path).then().statusCode(401);
    }
}
