package org.ogi.platform.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class HeaderSizeLimitTest {

    @Test
    void headersOverTheLimitGetAProblemNotAnEmptyAnswer() {
        given().header("X-Filler", "a".repeat(30_000))
                .when()
                .get("/q/health/live")
                .then()
                .statusCode(431)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(431))
                .body("maxBytes", equalTo(20 * 1024));
    }

    @Test
    void headersUnderTheLimitPass() {
        given().header("X-Filler", "a".repeat(10_000))
                .when()
                .get("/q/health/live")
                .then()
                .statusCode(200);
    }
}
