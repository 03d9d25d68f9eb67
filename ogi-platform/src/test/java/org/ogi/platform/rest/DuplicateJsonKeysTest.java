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
class DuplicateJsonKeysTest {

    @Test
    void aFieldNamedTwiceIsAMalformedBodyNotAServerError() {
        given().contentType("application/json")
                .body("{\"comment\":\"a\",\"comment\":\"b\"}")
                .when()
                .post("/test/echo")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400));
    }

    @Test
    void aFieldNamedOnceIsRead() {
        given().contentType("application/json")
                .body("{\"comment\":\"a\"}")
                .when()
                .post("/test/echo")
                .then()
                .statusCode(200)
                .body(equalTo("a"));
    }
}
