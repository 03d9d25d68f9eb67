package org.ogi.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.ogi.stack.OgiService;

/** Requests to the services of the end-to-end stack. */
final class Services {

    private Services() {}

    static RequestSpecification anonymous(OgiService service) {
        return given().baseUri(EndToEndStack.config().serviceUrl(service).toString());
    }

    static RequestSpecification as(String accessToken, OgiService service) {
        return anonymous(service).auth().oauth2(accessToken);
    }

    /**
     * The body of a 200 answer. For checks that Awaitility repeats until they pass: RestAssured's own checks would
     * log every attempt that fails while the events are still on their way.
     */
    static JsonPath okBody(Response response) {
        assertThat(response.statusCode())
                .as("%s answered %s", response.getStatusLine(), response.asString())
                .isEqualTo(200);
        return response.jsonPath();
    }
}
