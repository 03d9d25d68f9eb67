package org.ogi.cases.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.DeadlineEvents;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CaseOpeningTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 9, 27);

    @Test
    @TestSecurity(user = "officer", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void receivedRequestOpensACaseOnceEvenWhenRedelivered() {
        String trackingNumber = TestEvents.newTrackingNumber("A");
        CloudEvent received = TestEvents.event(
                Events.REQUEST_RECEIVED, trackingNumber, TestEvents.requestReceived(trackingNumber, "A", RECEIVED));

        TestEvents.publish(received);
        TestEvents.publish(received);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/api/cases/" + trackingNumber)
                        .then()
                        .statusCode(200)
                        .body("state", equalTo("RECEIVED"))
                        .body("receivedDate", equalTo("2024-09-27"))
                        .body("agency", equalTo("A")));
        // The copy is consumed right after the original; a second opening would show as a second event.
        publishReplyDue(trackingNumber, LocalDate.of(2024, 10, 30));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        given().get("/api/cases/" + trackingNumber).then().body("replyDueDate", equalTo("2024-10-30")));
        assertThat(KafkaTestClient.eventsFor(Topics.CASES, trackingNumber, 2, Duration.ofSeconds(3)))
                .singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("ogi.case.opened.v1"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void requestsPolledTogetherOpenACaseEachAndOneThatCannotOpenFailsAlone() {
        String opened = TestEvents.newTrackingNumber("A");
        open(opened);
        List<String> others = IntStream.range(0, 6)
                .mapToObj(i -> TestEvents.newTrackingNumber("A"))
                .toList();
        List<String> values = new ArrayList<>();
        others.subList(0, 3).forEach(tn -> values.add(EventCodec.toJson(received(tn))));
        // Another event for a case already open: its insert fails, so the poll is applied again one event at a time.
        CloudEvent again = received(opened);
        values.add(EventCodec.toJson(again));
        others.subList(3, 6).forEach(tn -> values.add(EventCodec.toJson(received(tn))));

        // One key, so one partition and, most likely, one poll.
        KafkaTestClient.sendAll(Topics.REQUESTS, opened, values);

        for (String trackingNumber : others) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> given().get("/api/cases/" + trackingNumber)
                            .then()
                            .statusCode(200)
                            .body("state", equalTo("RECEIVED")));
            assertThat(KafkaTestClient.eventsFor(Topics.CASES, trackingNumber, 1, Duration.ofSeconds(30)))
                    .singleElement()
                    .satisfies(e -> assertThat(e.type()).isEqualTo("ogi.case.opened.v1"));
        }
        assertThat(KafkaTestClient.records(
                        "dead-letter-topic-" + Topics.REQUESTS,
                        r -> r.value().contains(again.id()),
                        1,
                        Duration.ofSeconds(30)))
                .hasSize(1);
    }

    private static void open(String trackingNumber) {
        TestEvents.publishAndAwait(
                received(trackingNumber),
                () -> given().get("/api/cases/" + trackingNumber).then().statusCode(200));
    }

    private static CloudEvent received(String trackingNumber) {
        return TestEvents.event(
                Events.REQUEST_RECEIVED, trackingNumber, TestEvents.requestReceived(trackingNumber, "A", RECEIVED));
    }

    @Test
    @TestSecurity(user = "officer", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void dueDateArrivingBeforeTheCaseIsKept() {
        String trackingNumber = TestEvents.newTrackingNumber("A");
        publishReplyDue(trackingNumber, LocalDate.of(2024, 10, 30));
        TestEvents.publishAndAwait(
                TestEvents.event(
                        Events.REQUEST_RECEIVED,
                        trackingNumber,
                        TestEvents.requestReceived(trackingNumber, "A", RECEIVED)),
                () -> given().get("/api/cases/" + trackingNumber)
                        .then()
                        .statusCode(200)
                        .body("replyDueDate", equalTo("2024-10-30")));
    }

    @Test
    @TestSecurity(user = "officer", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void movedDueDateReplacesTheAnnouncedOne() {
        String trackingNumber = TestEvents.newTrackingNumber("A");
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED, trackingNumber, TestEvents.requestReceived(trackingNumber, "A", RECEIVED)));
        publishReplyDue(trackingNumber, LocalDate.of(2024, 10, 30));
        TestEvents.publishAndAwait(
                TestEvents.event(
                        Events.DEADLINE_CHANGED,
                        trackingNumber,
                        new DeadlineEvents.Changed(
                                trackingNumber,
                                "A",
                                ClockKey.parse("REPLY"),
                                LocalDate.of(2024, 10, 30),
                                LocalDate.of(2024, 11, 27),
                                "EXTENDED",
                                false)),
                () -> given().get("/api/cases/" + trackingNumber)
                        .then()
                        .statusCode(200)
                        .body("replyDueDate", equalTo("2024-11-27")));
    }

    @Test
    @TestSecurity(user = "officer", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void ofDueDatesPolledTogetherTheLastOfEachClockHolds() {
        String trackingNumber = TestEvents.newTrackingNumber("A");
        open(trackingNumber);
        LocalDate first = LocalDate.of(2024, 10, 30);
        LocalDate moved = LocalDate.of(2024, 11, 27);
        LocalDate movedBack = LocalDate.of(2024, 11, 13);
        CloudEvent scheduled = TestEvents.event(
                Events.DEADLINE_SCHEDULED,
                trackingNumber,
                new DeadlineScheduled(
                        trackingNumber, "A", ClockKey.parse("REPLY"), RECEIVED, 20, first, false, "OGI_2019"));

        KafkaTestClient.sendAll(
                Topics.DEADLINES,
                trackingNumber,
                List.of(
                        EventCodec.toJson(scheduled),
                        EventCodec.toJson(changed(trackingNumber, first, moved)),
                        EventCodec.toJson(changed(trackingNumber, moved, movedBack))));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() ->
                        given().get("/api/cases/" + trackingNumber).then().body("replyDueDate", equalTo("2024-11-13")));
    }

    private static CloudEvent changed(String trackingNumber, LocalDate from, LocalDate to) {
        return TestEvents.event(
                Events.DEADLINE_CHANGED,
                trackingNumber,
                new DeadlineEvents.Changed(trackingNumber, "A", ClockKey.parse("REPLY"), from, to, "EXTENDED", false));
    }

    @Test
    @TestSecurity(user = "officer-b", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "B"))
    void officerOfAnotherAgencyGetsNotFound() {
        String trackingNumber = TestEvents.newTrackingNumber("A");
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED, trackingNumber, TestEvents.requestReceived(trackingNumber, "A", RECEIVED)));
        assertThat(KafkaTestClient.eventsFor(Topics.CASES, trackingNumber, 1, Duration.ofSeconds(30)))
                .hasSize(1);

        given().get("/api/cases/" + trackingNumber).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void applicantCannotReadStaffCaseFile() {
        given().get("/api/cases/A-2026-000001").then().statusCode(403);
    }

    @Test
    void anonymousCallIsUnauthenticated() {
        given().get("/api/cases/A-2026-000001").then().statusCode(401).contentType("application/problem+json");
    }

    private static void publishReplyDue(String trackingNumber, LocalDate due) {
        TestEvents.publish(TestEvents.event(
                Events.DEADLINE_SCHEDULED,
                trackingNumber,
                new DeadlineScheduled(
                        trackingNumber, "A", ClockKey.parse("REPLY"), RECEIVED, 20, due, false, "OGI_2019")));
    }
}
