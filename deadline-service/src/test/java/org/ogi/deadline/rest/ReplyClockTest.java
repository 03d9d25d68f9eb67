package org.ogi.deadline.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReplyClockTest {

    @Test
    @TestSecurity(user = "officer", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void replyDueDateCountsMakeUpWorkingDaysAndIsAnnounced() {
        // 2024-09-29 (Sun) and 2024-10-12 (Sat) are make-up working days; without them the date would be 11-01.
        String trackingNumber = receive("A", LocalDate.of(2024, 9, 27));

        // The reply clock and the 7-working-day correction-notice clock are both scheduled.
        List<CloudEvent> scheduled =
                KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 2, Duration.ofSeconds(30));
        assertThat(scheduled)
                .hasSize(2)
                .filteredOn(event -> event.data().get("clock").asText().equals("REPLY"))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.type()).isEqualTo("ogi.deadline.scheduled.v1");
                    assertThat(event.data().get("dueDate").asText()).isEqualTo("2024-10-30");
                    assertThat(event.data().get("clock").asText()).isEqualTo("REPLY");
                    assertThat(event.data().get("regime").asText()).isEqualTo("OGI_2019");
                });
        given().get("/api/cases/" + trackingNumber + "/deadlines")
                .then()
                .statusCode(200)
                .body("clocks", hasSize(2))
                .body("clocks[0].kind", equalTo("REPLY"))
                .body("clocks[0].dueDate", equalTo("2024-10-30"))
                .body("clocks[0].workingDays", equalTo(20))
                .body("clocks[0].status", equalTo("OVERDUE"))
                .body("clocks[0].provisional", equalTo(false))
                .body("clocks[0].explanation", hasSize(3));
    }

    @Test
    @TestSecurity(user = "officer", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void requestReceivedBefore2019May15RunsOnThe2008FifteenDayPeriod() {
        String trackingNumber = receive("A", LocalDate.of(2018, 9, 28));

        assertThat(KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 1, Duration.ofSeconds(30)))
                .hasSize(1);
        given().get("/api/cases/" + trackingNumber + "/deadlines")
                .then()
                .statusCode(200)
                .body("clocks[0].dueDate", equalTo("2018-10-24"))
                .body("clocks[0].regime", equalTo("OGI_2008"));
    }

    @Test
    @TestSecurity(user = "officer-b", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "B"))
    void officerOfAnotherAgencyGetsNotFound() {
        String trackingNumber = receive("A", LocalDate.of(2024, 9, 27));
        assertThat(KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 2, Duration.ofSeconds(30)))
                .hasSize(2);

        given().get("/api/cases/" + trackingNumber + "/deadlines").then().statusCode(404);
    }

    @Test
    void clockEventsCannotBeChangedOrDeleted() throws Exception {
        String trackingNumber = receive("A", LocalDate.of(2024, 9, 27));
        assertThat(KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 2, Duration.ofSeconds(30)))
                .hasSize(2);

        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                            "update clock_event set occurred_on = date '2024-01-01' where tracking_number = '"
                                    + trackingNumber + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate(
                            "delete from clock_event where tracking_number = '" + trackingNumber + "'"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            try (PreparedStatement count =
                    connection.prepareStatement("select count(*) from clock_event where tracking_number = ?")) {
                count.setString(1, trackingNumber);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(1);
                }
            }
        }
    }

    private static String receive(String agency, LocalDate receivedDate) {
        String trackingNumber = TestEvents.newTrackingNumber(agency);
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED,
                trackingNumber,
                TestEvents.requestReceived(trackingNumber, agency, receivedDate)));
        return trackingNumber;
    }
}
