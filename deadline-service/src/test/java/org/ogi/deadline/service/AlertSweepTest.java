package org.ogi.deadline.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.ogi.deadline.CaseEventsForTests.publish;
import static org.ogi.deadline.CaseEventsForTests.receive;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestAwaitingConfirmation;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.MutableClock;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AlertSweepTest {

    @Inject
    AlertSweep sweep;

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "officer", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "S"))
    void approachingAndBreachedAreSentOnceDespiteTwoInstancesAndARestart() throws Exception {
        // Reply due 2024-10-30; 2024-10-25 (Fri) leaves 3 working days.
        String trackingNumber = receive("S", LocalDate.of(2024, 9, 27));
        assertThat(KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 2, Duration.ofSeconds(30)))
                .hasSize(2);

        clock.setToday(LocalDate.of(2024, 10, 25));
        sweepFromTwoThreadsAtOnce();
        sweepFromTwoThreadsAtOnce();
        given().get("/api/deadlines/due-soon")
                .then()
                .statusCode(200)
                .body("clocks.trackingNumber", hasItem(trackingNumber));

        clock.setToday(LocalDate.of(2024, 10, 31));
        sweepFromTwoThreadsAtOnce();
        sweepFromTwoThreadsAtOnce();
        given().get("/api/deadlines/overdue")
                .then()
                .statusCode(200)
                .body("clocks.trackingNumber", hasItem(trackingNumber));
        given().get("/api/deadlines/due-soon")
                .then()
                .statusCode(200)
                .body("clocks.trackingNumber", not(hasItem(trackingNumber)));

        // 2 scheduled + REPLY approaching + REPLY breached + CORRECTION_NOTICE breached (it was due 10-12).
        List<CloudEvent> events =
                KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 5, Duration.ofSeconds(30));
        assertThat(alerts(events, "ogi.deadline.approaching.v1")).containsExactly("REPLY 2024-10-30 3");
        assertThat(alerts(events, "ogi.deadline.breached.v1"))
                .containsExactlyInAnyOrder("REPLY 2024-10-30 -", "CORRECTION_NOTICE 2024-10-12 -");
        assertThat(alertRows(trackingNumber)).isEqualTo(3);
        assertThat(outboxAlerts(trackingNumber)).isEqualTo(3);
    }

    @Test
    void aMovedDueDateIsAlertedAgain() {
        String trackingNumber = receive("S", LocalDate.of(2024, 9, 27));
        assertThat(KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 2, Duration.ofSeconds(30)))
                .hasSize(2);
        clock.setToday(LocalDate.of(2024, 10, 25));
        sweepFromTwoThreadsAtOnce();

        // Extended before the due date (Art. 33 ¶2 allows no extension after it).
        publish(
                Events.CASE_EXTENDED,
                trackingNumber,
                "S",
                LocalDate.of(2024, 10, 28),
                t -> new CaseEvents.Extended(t, 20, "volume", "head"));
        assertThat(KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 5, Duration.ofSeconds(30)))
                .anySatisfy(e -> assertThat(e.type()).isEqualTo("ogi.deadline.changed.v1"));
        clock.setToday(LocalDate.of(2024, 11, 22));
        sweepFromTwoThreadsAtOnce();

        List<CloudEvent> events =
                KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 6, Duration.ofSeconds(30));
        assertThat(alerts(events, "ogi.deadline.approaching.v1"))
                .containsExactlyInAnyOrder("REPLY 2024-10-30 3", "REPLY 2024-11-27 3");
    }

    @Test
    @TestSecurity(user = "officer-b", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "T"))
    void agencyQueriesShowOnlyTheCallersAgency() throws Exception {
        String trackingNumber = receive("S", LocalDate.of(2024, 9, 27));
        assertThat(KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 2, Duration.ofSeconds(30)))
                .hasSize(2);
        clock.setToday(LocalDate.of(2024, 10, 31));

        given().get("/api/deadlines/overdue")
                .then()
                .statusCode(200)
                .body("agency", equalTo("T"))
                .body("clocks.trackingNumber", not(hasItem(trackingNumber)));
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "S"))
    void anOrdinaryLetterNotConfirmedOnItsArrivalDayIsAlertedToTheIntakeQueue() {
        // Issue 10 item 13 (Art. 31(二)).
        String trackingNumber = TestEvents.newTrackingNumber("S");
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_AWAITING_CONFIRMATION,
                trackingNumber,
                new RequestAwaitingConfirmation(
                        trackingNumber,
                        "S",
                        "S 区人民政府办公室",
                        "LETTER",
                        LocalDate.of(2024, 9, 27),
                        LocalDate.of(2024, 9, 27))));
        assertThat(KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 1, Duration.ofSeconds(30)))
                .singleElement()
                .satisfies(e -> assertThat(e.data().get("clock").asText()).isEqualTo("CONFIRMATION"));

        clock.setToday(LocalDate.of(2024, 9, 27));
        sweepFromTwoThreadsAtOnce();
        given().get("/api/deadlines/overdue?kind=CONFIRMATION")
                .then()
                .statusCode(200)
                .body("clocks.trackingNumber", not(hasItem(trackingNumber)));
        clock.setToday(LocalDate.of(2024, 9, 30));
        sweepFromTwoThreadsAtOnce();

        given().get("/api/deadlines/overdue?kind=CONFIRMATION")
                .then()
                .statusCode(200)
                .body("clocks.trackingNumber", hasItem(trackingNumber));
        given().get("/api/deadlines/overdue?kind=REPLY")
                .then()
                .statusCode(200)
                .body("clocks.trackingNumber", not(hasItem(trackingNumber)));
        given().get("/api/deadlines/overdue?kind=NOPE").then().statusCode(400);
        List<CloudEvent> events =
                KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 3, Duration.ofSeconds(30));
        assertThat(alerts(events, "ogi.deadline.breached.v1")).containsExactly("CONFIRMATION 2024-09-27 -");
    }

    private void sweepFromTwoThreadsAtOnce() {
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<AlertSweep.Result>> instances = List.of(1, 2).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                        return VertxContextSupport.subscribeAndAwait(sweep::sweep);
                    } catch (Throwable e) {
                        throw new IllegalStateException(e);
                    }
                }))
                .toList();
        instances.forEach(CompletableFuture::join);
    }

    private static List<String> alerts(List<CloudEvent> events, String type) {
        return events.stream()
                .filter(e -> e.type().equals(type))
                .map(e -> e.data().get("clock").asText() + " "
                        + e.data().get("dueDate").asText() + " "
                        + (e.data().has("workingDaysLeft")
                                ? e.data().get("workingDaysLeft").asText()
                                : "-"))
                .toList();
    }

    private static int alertRows(String trackingNumber) throws Exception {
        return count("select count(*) from deadline_alert where tracking_number = ?", trackingNumber);
    }

    private static int outboxAlerts(String trackingNumber) throws Exception {
        return count(
                "select count(*) from outbox_message where message_key = ? and event_type in"
                        + " ('ogi.deadline.approaching.v1', 'ogi.deadline.breached.v1')",
                trackingNumber);
    }

    private static int count(String sql, String trackingNumber) throws Exception {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, trackingNumber);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
