package org.ogi.e2e;

import io.restassured.specification.RequestSpecification;
import org.ogi.stack.OgiService;

import static io.restassured.RestAssured.given;

/** Requests to the services of the end-to-end stack. */
final class Services {

    private Services() {
    }

    static RequestSpecification anonymous(OgiService service) {
        return given()
                .baseUri(EndToEndStack.config().serviceUrl(service).toString());
    }

    static RequestSpecification as(String accessToken, OgiService service) {
        return anonymous(service).auth().oauth2(accessToken);
    }
}
