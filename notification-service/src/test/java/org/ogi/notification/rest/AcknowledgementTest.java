package org.ogi.notification.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AcknowledgementTest {

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void receivedRequestIsAcknowledgedOnceByEmail() {
        String trackingNumber = TestEvents.newTrackingNumber("A");
        var received = TestEvents.event(
                Events.REQUEST_RECEIVED,
                trackingNumber,
                TestEvents.requestReceived(trackingNumber, "A", LocalDate.of(2026, 11, 23)));
        TestEvents.publish(received);
        TestEvents.publish(received);

        // Recorded, sent and served: the copy follows the original on the same partition; give it time to be
        // (not) applied.
        KafkaTestClient.eventsFor(Topics.NOTIFICATIONS, trackingNumber, 3, Duration.ofSeconds(20));
        assertThat(KafkaTestClient.eventsFor(Topics.NOTIFICATIONS, trackingNumber, 4, Duration.ofSeconds(3)))
                .extracting(e -> e.type())
                .containsExactlyInAnyOrder(
                        "ogi.notification.recorded.v1", "ogi.notification.sent.v1", "ogi.notification.served.v1");
        given().queryParam("trackingNumber", trackingNumber)
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("", hasSize(1))
                .body("[0].kind", equalTo("ACKNOWLEDGEMENT"))
                .body("[0].channel", equalTo("EMAIL"))
                .body("[0].recipient", equalTo("zhangsan@example.cn"))
                .body("[0].body", containsString(trackingNumber))
                .body("[0].body", containsString("2026年11月23日"));
    }

    @Test
    @TestSecurity(user = "clerk-b", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "B"))
    void staffOfAnotherAgencySeeNone() {
        String trackingNumber = TestEvents.newTrackingNumber("A");
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED,
                trackingNumber,
                TestEvents.requestReceived(trackingNumber, "A", LocalDate.of(2026, 11, 23))));
        assertThat(KafkaTestClient.eventsFor(Topics.NOTIFICATIONS, trackingNumber, 1, Duration.ofSeconds(20)))
                .hasSize(1);

        given().queryParam("trackingNumber", trackingNumber)
                .get("/api/notifications")
                .then()
                .statusCode(200)
                .body("", hasSize(0));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void missingTrackingNumberIsABadRequest() {
        given().get("/api/notifications").then().statusCode(400).body("errors[0].field", equalTo("trackingNumber"));
    }

    /** NUL would reach PostgreSQL as part of the query: refused at the edge instead, naming the parameter. */
    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void aTrackingNumberWithAControlCharacterIsABadRequest() {
        given().urlEncodingEnabled(false)
                .get("/api/notifications?trackingNumber=a%00b")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("trackingNumber"));
    }

    @Test
    void anonymousCallIsUnauthenticated() {
        given().queryParam("trackingNumber", "A-2026-000001")
                .get("/api/notifications")
                .then()
                .statusCode(401);
    }
}
