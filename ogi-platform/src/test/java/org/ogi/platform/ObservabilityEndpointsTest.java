package org.ogi.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ObservabilityEndpointsTest {

    @Test
    void readinessCoversDatabaseAndKafka() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(
                        "checks.name",
                        hasItems("Reactive PostgreSQL connections health check", "Kafka connection health check"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsAreExposedForPrometheus() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("ogi_outbox_published_total"));
    }

    @Test
    void openApiDocumentIsPublished() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", containsString("3."));
    }

    /** Health, metrics and OpenAPI are Vert.x routes the REST filters never see: the same rules apply to them. */
    @Test
    void theirParametersFollowTheRulesOfTheBusinessEndpoints() {
        get("/q/health/ready?x=a%00b")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("x"));
        get("/q/openapi?format=%FF%FE").statusCode(400).body("errors.field", contains("format"));
        get("/q/metrics?a%0Ab=1").statusCode(400).body("errors.field", contains("query"));
        get("/q/health/%ED%A0%80")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("path"));
        get("/q/health/live?x=%E4%BA%94").statusCode(200).body("status", equalTo("UP"));
    }

    private static ValidatableResponse get(String uri) {
        return given().urlEncodingEnabled(false).get(uri).then();
    }
}
