package org.ogi.appeals.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.RepliedBuilder;
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

    /** Each event's facts are one upsert; the facts of the other topic's event stay as they were. */
    @Test
    void requestAndReplyFactsAreStoredTogetherOnceEvenWhenRedelivered() throws Exception {
        String trackingNumber = TestEvents.newTrackingNumber("A");
        var received = TestEvents.event(
                Events.REQUEST_RECEIVED,
                trackingNumber,
                TestEvents.requestReceived(trackingNumber, "A", LocalDate.of(2026, 11, 23)));
        LocalDate repliedOn = LocalDate.of(2026, 12, 10);
        var replied = TestEvents.event(
                Events.CASE_REPLIED,
                trackingNumber,
                RepliedBuilder.replied(
                                new CaseTransitioned(
                                        trackingNumber,
                                        "A",
                                        "REPLY",
                                        "APPROVED",
                                        "REPLIED",
                                        repliedOn,
                                        OffsetDateTime.now(),
                                        "officer",
                                        "case-officer"),
                                "NOT_HELD",
                                repliedOn)
                        .outcomeGroup("NOT_HELD")
                        .replyTypeLabel("本机关不掌握相关政府信息")
                        .remediesTold(true)
                        .build());

        TestEvents.publish(replied);
        TestEvents.publish(received);
        TestEvents.publish(replied);
        TestEvents.publish(received);

        List<String> expected = List.of(
                "A", "2026-11-23", "张三", "A 人民政府办公室", "NOT_HELD", "本机关不掌握相关政府信息", "NOT_HELD", "2026-12-10", "true");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(expected, facts(trackingNumber)));
        assertEquals(2, applied(received.id(), replied.id()), "each event applied once");
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void intakeClerkMayNotReadAppeals() {
        given().get("/api/cases/A-2026-000001/appeals").then().statusCode(403);
    }

    private static List<String> facts(String trackingNumber) throws Exception {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement = connection.prepareStatement("select agency, received_date, applicant_name, agency_name,"
                        + " reply_type, reply_type_label, reply_outcome_group, replied_on, remedies_told::text"
                        + " from appealable_case where tracking_number = ?")) {
            statement.setString(1, trackingNumber);
            try (var rows = statement.executeQuery()) {
                if (!rows.next()) {
                    return List.of();
                }
                List<String> facts = new ArrayList<>();
                for (int column = 1; column <= 9; column++) {
                    facts.add(rows.getString(column));
                }
                return facts;
            }
        }
    }

    /** How many dedupe rows appeals-service holds for these two events. */
    private static long applied(String eventId, String otherEventId) throws Exception {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement = connection.prepareStatement("select count(*) from consumed_event"
                        + " where consumer = 'appeals-service' and event_id in (?, ?)")) {
            statement.setString(1, eventId);
            statement.setString(2, otherEventId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
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
