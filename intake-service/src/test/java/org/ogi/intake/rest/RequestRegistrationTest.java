package org.ogi.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RequestRegistrationTest {

    static final String IN_PERSON_REQUEST = """
            {"channel":"IN_PERSON",
             "applicant":{"type":"NATURAL_PERSON","name":"张三","idType":"RESIDENT_ID","idNumber":"11010519491231002X",
                          "phone":"13800138000","email":"zhangsan@example.cn","address":"北京市东城区"},
             "information":{"title":"2025年区财政预算执行情况","description":"请提供2025年区财政预算执行情况报告全文"},
             "delivery":{"form":"ELECTRONIC","method":"EMAIL"}}""";

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void clerkRegistersInPersonRequestReceivedTodayAndAnnouncesIt() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String trackingNumber = given().contentType(ContentType.JSON)
                .body(IN_PERSON_REQUEST)
                .post("/api/requests")
                .then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/requests/A-\\d{4}-\\d{6}"))
                .body("trackingNumber", matchesPattern("A-\\d{4}-\\d{6}"))
                .body("agency", equalTo("A"))
                .body("status", equalTo("RECEIVED"))
                .body("receivedDate", equalTo(today))
                .body("applicant.idNumber", equalTo("11010519491231002X"))
                .extract()
                .path("trackingNumber");

        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.REQUESTS, trackingNumber, 1, Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("ogi.request.received.v1");
            assertThat(event.subject()).isEqualTo(trackingNumber);
            assertThat(event.data().get("receivedDate").asText()).isEqualTo(today);
            assertThat(event.data().at("/applicant/idNumber").asText()).isEqualTo("110105********002X");
            assertThat(event.data().at("/applicant/category").asText()).isEqualTo("NATURAL_PERSON");
        });
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void consecutiveRegistrationsGetConsecutiveNumbers() {
        String first = register();
        String second = register();

        assertThat(sequenceOf(second)).isEqualTo(sequenceOf(first) + 1);
    }

    @Test
    @TestSecurity(user = "officer", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void caseOfficerReadsTheRequestWithTheIdNumberMasked() {
        String trackingNumber = registerAsClerkOf("A");

        given().get("/api/requests/" + trackingNumber)
                .then()
                .statusCode(200)
                .body("trackingNumber", equalTo(trackingNumber))
                .body("applicant.idNumber", equalTo("110105********002X"));
    }

    @Test
    @TestSecurity(user = "clerk-b", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "B"))
    void clerkOfAnotherAgencyGetsNotFound() {
        String trackingNumber = registerAsClerkOf("A");

        given().get("/api/requests/" + trackingNumber)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("type", equalTo("urn:ogi:problem:not-found"));
    }

    @Test
    void anonymousCallIsUnauthenticated() {
        given().contentType(ContentType.JSON)
                .body(IN_PERSON_REQUEST)
                .post("/api/requests")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
        given().get("/api/requests/A-2026-000001").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void applicantCannotRegisterAtTheCounter() {
        given().contentType(ContentType.JSON)
                .body(IN_PERSON_REQUEST)
                .post("/api/requests")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void invalidFieldsAreListedByPath() {
        String body = """
                {"channel":"IN_PERSON",
                 "applicant":{"type":"NATURAL_PERSON","name":"","email":"not-an-email","address":"a\\nb"},
                 "information":{"title":"%s"}}""".formatted("长".repeat(501));

        given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:ogi:problem:validation"))
                .body(
                        "errors.field",
                        hasItems("applicant.name", "applicant.email", "applicant.address", "information.title"));
        // Other control characters are refused while the body is read, before the other checks.
        given().contentType(ContentType.JSON)
                .body(body.replace("a\\nb", "a\\u0007b"))
                .post("/api/requests")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("applicant.address"));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void unknownChannelIsABadRequestNamingTheField() {
        given().contentType(ContentType.JSON)
                .body(IN_PERSON_REQUEST.replace("IN_PERSON", "PIGEON"))
                .post("/api/requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("channel"));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void malformedJsonIsABadRequest() {
        given().contentType(ContentType.JSON)
                .body("{\"channel\":")
                .post("/api/requests")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    private static String register() {
        return given().contentType(ContentType.JSON)
                .body(IN_PERSON_REQUEST)
                .post("/api/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("trackingNumber");
    }

    /** A request of {@code agency} stored directly, so a test can run as someone who may not register it. */
    private static String registerAsClerkOf(String agency) {
        return StoredRequests.insert(agency);
    }

    private static long sequenceOf(String trackingNumber) {
        return Long.parseLong(trackingNumber.substring(trackingNumber.lastIndexOf('-') + 1));
    }
}
