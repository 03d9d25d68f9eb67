package org.ogi.appeals.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseRegistrationTest {

    @Test
    @TestSecurity(user = "legal", roles = "legal-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void openedCaseIsRegisteredForAppealsOnceEvenWhenRedelivered() {
        String trackingNumber = TestEvents.newTrackingNumber("A");
        given().get("/api/cases/" + trackingNumber + "/appeals").then().statusCode(404);
        var opened = TestEvents.event(
                Events.CASE_OPENED,
                trackingNumber,
                TestEvents.caseOpened(trackingNumber, "A", LocalDate.of(2026, 11, 23)));

        TestEvents.publish(opened);
        TestEvents.publish(opened);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/cases/" + trackingNumber + "/appeals")
                        .then()
                        .statusCode(200)
                        .body("trackingNumber", equalTo(trackingNumber))
                        .body("receivedDate", equalTo("2026-11-23"))
                        .body("appeals", hasSize(0)));
    }

    @Test
    @TestSecurity(user = "legal-b", roles = "legal-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "B"))
    void legalOfficerOfAnotherAgencyGetsNotFound() throws Exception {
        String trackingNumber = TestEvents.newTrackingNumber("A");
        TestEvents.publish(TestEvents.event(
                Events.CASE_OPENED,
                trackingNumber,
                TestEvents.caseOpened(trackingNumber, "A", LocalDate.of(2026, 11, 23))));
        await().atMost(Duration.ofSeconds(30)).until(() -> registered(trackingNumber));

        given().get("/api/cases/" + trackingNumber + "/appeals").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void intakeClerkMayNotReadAppeals() {
        given().get("/api/cases/A-2026-000001/appeals").then().statusCode(403);
    }

    private static boolean registered(String trackingNumber) throws Exception {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement =
                        connection.prepareStatement("select 1 from appealable_case where tracking_number = ?")) {
            statement.setString(1, trackingNumber);
            try (var rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
