package org.ogi.deadline.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.ogi.deadline.CaseEventsForTests.publish;
import static org.ogi.deadline.CaseEventsForTests.receive;
import static org.ogi.testsupport.RepliedBuilder.replied;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@TestSecurity(user = "officer", roles = "case-officer")
@OidcSecurity(claims = @Claim(key = "agency", value = "A"))
class CaseClocksFlowTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 9, 27);

    @Test
    void correctionRestartsTheReplyClockAndEveryClockIsListed() {
        String trackingNumber = received(RECEIVED);

        publish(
                Events.CASE_CORRECTION_REQUESTED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 10, 8),
                t -> new CaseEvents.CorrectionRequested(t, LocalDate.of(2024, 10, 8), List.of("description"), 10));
        publish(
                Events.CASE_CORRECTED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 10, 15),
                t -> new CaseEvents.Corrected(t, LocalDate.of(2024, 10, 15)));

        // Scheduled: REPLY, CORRECTION_NOTICE, CORRECTION_PERIOD; changed: REPLY restarted from 10-15.
        List<CloudEvent> events = deadlineEvents(trackingNumber, 4);
        assertThat(events)
                .filteredOn(e -> e.type().equals("ogi.deadline.changed.v1"))
                .singleElement()
                .satisfies(changed -> {
                    assertThat(changed.data().get("clock").asText()).isEqualTo("REPLY");
                    assertThat(changed.data().get("oldDueDate").asText()).isEqualTo("2024-10-30");
                    assertThat(changed.data().get("newDueDate").asText()).isEqualTo("2024-11-12");
                    assertThat(changed.data().get("reason").asText()).isEqualTo("CORRECTED");
                });
        assertThat(events)
                .filteredOn(e -> e.type().equals("ogi.deadline.scheduled.v1"))
                .extracting(e -> e.data().get("clock").asText())
                .containsExactlyInAnyOrder("REPLY", "CORRECTION_NOTICE", "CORRECTION_PERIOD");

        JsonPath deadlines = deadlines(trackingNumber);
        assertThat(deadlines.getString("clocks.find { it.kind == 'REPLY' }.dueDate"))
                .isEqualTo("2024-11-12");
        assertThat(deadlines.getString("clocks.find { it.kind == 'REPLY' }.startDate"))
                .isEqualTo("2024-10-15");
        assertThat(deadlines.getList("clocks.find { it.kind == 'REPLY' }.explanation", String.class))
                .anySatisfy(line -> assertThat(line).startsWith("2024年10月15日收到补正后的申请，答复期限自收到补正的申请之日起重新计算"));
        assertThat(deadlines.getString("clocks.find { it.kind == 'CORRECTION_NOTICE' }.status"))
                .isEqualTo("MET");
        assertThat(deadlines.getString("clocks.find { it.kind == 'CORRECTION_PERIOD' }.dueDate"))
                .isEqualTo("2024-10-21");
        assertThat(deadlines.getString("clocks.find { it.kind == 'CORRECTION_PERIOD' }.metOn"))
                .isEqualTo("2024-10-15");
    }

    @Test
    void consultationAndExtensionMoveTheReplyDueDateAndAddTheAnswerClock() {
        String trackingNumber = received(RECEIVED);

        publish(
                Events.CASE_CONSULTATION_STARTED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 10, 14),
                t -> new CaseEvents.ConsultationStarted(
                        t, "c1", "THIRD_PARTY", "某公司", LocalDate.of(2024, 10, 14), LocalDate.of(2024, 10, 15)));
        publish(
                Events.CASE_CONSULTATION_ENDED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 10, 18),
                t -> new CaseEvents.ConsultationEnded(t, "c1", "THIRD_PARTY", "CONSENT", LocalDate.of(2024, 10, 18)));
        publish(
                Events.CASE_EXTENDED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 11, 1),
                t -> new CaseEvents.Extended(t, 20, "volume", "head"));

        // Changes: 10-30 → 11-22 (open window to the answer period's end), → 11-06 (answered), → 12-04 (extension).
        List<CloudEvent> changes = deadlineEvents(trackingNumber, 6).stream()
                .filter(e -> e.type().equals("ogi.deadline.changed.v1"))
                .toList();
        assertThat(changes)
                .extracting(e -> e.data().get("newDueDate").asText())
                .containsExactly("2024-11-22", "2024-11-06", "2024-12-04");
        assertThat(changes)
                .extracting(e -> e.data().get("reason").asText())
                .containsExactly("CONSULTATION_STARTED", "CONSULTATION_ENDED", "EXTENDED");

        JsonPath deadlines = deadlines(trackingNumber);
        assertThat(deadlines.getString("clocks.find { it.kind == 'REPLY' }.dueDate"))
                .isEqualTo("2024-12-04");
        assertThat(deadlines.getInt("clocks.find { it.kind == 'REPLY' }.workingDays"))
                .isEqualTo(40);
        assertThat(deadlines.getString("clocks.find { it.kind == 'THIRD_PARTY_ANSWER' }.clock"))
                .isEqualTo("THIRD_PARTY_ANSWER:c1");
        assertThat(deadlines.getString("clocks.find { it.kind == 'THIRD_PARTY_ANSWER' }.status"))
                .isEqualTo("MET");
    }

    @Test
    void replyMeetsTheClock() {
        String trackingNumber = received(RECEIVED);
        publish(Events.CASE_ACCEPTED, trackingNumber, "A", LocalDate.of(2024, 9, 30), CaseEvents.Accepted::new);
        publish(
                Events.CASE_REPLIED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 10, 21),
                t -> replied(t, "DISCLOSED", LocalDate.of(2024, 10, 21))
                        .outcomeGroup("DISCLOSED")
                        .legalBasis("Art. 36(一)")
                        .deliveryMethod("EMAIL")
                        .applicantCategory("NATURAL_PERSON")
                        .build());

        // Events of one case are consumed in order, so once the reply is met the acceptance is in too.
        JsonPath deadlines = awaitMetOn(trackingNumber, "2024-10-21");
        assertThat(deadlines.getString("clocks.find { it.kind == 'CORRECTION_NOTICE' }.metOn"))
                .isEqualTo("2024-09-30");
    }

    @Test
    void anExtensionDatedAfterTheDueDateLeavesTheReplyOverdue() {
        // Issue 10 item 3 (Art. 33 ¶2): received 2024-09-27, due 2024-10-30, extension approved 2024-11-05.
        String trackingNumber = received(RECEIVED);
        publish(
                Events.CASE_EXTENDED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 11, 5),
                t -> new CaseEvents.Extended(t, 20, "volume", "head"));

        JsonPath deadlines = awaitExplanation(trackingNumber, "2024年11月5日同意的延长未予计入");
        assertThat(deadlines.getString("clocks.find { it.kind == 'REPLY' }.dueDate"))
                .isEqualTo("2024-10-30");
        assertThat(deadlines.getString("clocks.find { it.kind == 'REPLY' }.status"))
                .isEqualTo("OVERDUE");
        assertThat(deadlineEvents(trackingNumber, 2))
                .noneSatisfy(e -> assertThat(e.type()).isEqualTo("ogi.deadline.changed.v1"));
    }

    @Test
    void theCaseEventsOfIssue10MoveTheClocksAsTheLawSays() {
        // Received 2024-04-22 (due 05-21). Letter sent 04-26, its receipt on 04-30 entered later: the third party's
        // 15 working days end 05-23 (item 4). Fee notice issued 05-06, received 05-08: payable until 06-04 (item 5).
        String trackingNumber = received(LocalDate.of(2024, 4, 22));
        publish(
                Events.CASE_CONSULTATION_STARTED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 4, 26),
                t -> new CaseEvents.ConsultationStarted(
                        t, "c1", "THIRD_PARTY", "某公司", LocalDate.of(2024, 4, 26), null));
        publish(
                Events.CASE_CONSULTATION_LETTER_RECEIVED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 5, 6),
                t -> new CaseEvents.ConsultationLetterReceived(t, "c1", "THIRD_PARTY", LocalDate.of(2024, 4, 30)));
        publish(
                Events.CASE_FEE_NOTICE_ISSUED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 5, 6),
                t -> new CaseEvents.FeeNoticeIssued(
                        t, "F-1", "PER_REQUEST", 1, java.math.BigDecimal.valueOf(100), LocalDate.of(2024, 5, 6)));
        publish(
                Events.CASE_FEE_NOTICE_RECEIVED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 5, 8),
                t -> new CaseEvents.FeeNoticeReceived(t, "F-1", LocalDate.of(2024, 5, 8)));
        // Item 14: the head sets a longer reply period under Art. 35.
        publish(
                Events.CASE_EXCESSIVE_REQUESTS_DECIDED,
                trackingNumber,
                "A",
                LocalDate.of(2024, 5, 9),
                t -> new CaseEvents.ExcessiveRequestsDecided(
                        t,
                        "LONGER_PERIOD",
                        LocalDate.of(2024, 5, 9),
                        LocalDate.of(2024, 5, 8),
                        "研究需要",
                        LocalDate.of(2024, 8, 30),
                        "head",
                        LocalDate.of(2024, 5, 9)));

        JsonPath deadlines = awaitExplanation(trackingNumber, "2024年5月9日本机关认为申请公开政府信息的数量、频次明显超过合理范围");
        assertThat(deadlines.getString("clocks.find { it.clock == 'THIRD_PARTY_ANSWER:c1' }.dueDate"))
                .isEqualTo("2024-05-23");
        assertThat(deadlines.getString("clocks.find { it.clock == 'FEE_PAYMENT:F-1' }.startDate"))
                .isEqualTo("2024-05-08");
        assertThat(deadlines.getString("clocks.find { it.clock == 'FEE_PAYMENT:F-1' }.dueDate"))
                .isEqualTo("2024-06-04");
        assertThat(deadlines.getString("clocks.find { it.kind == 'REPLY' }.dueDate"))
                .isEqualTo("2024-08-30");
        assertThat(deadlines.getList("clocks.find { it.kind == 'REPLY' }.explanation", String.class))
                .anySatisfy(line -> assertThat(line).contains("第三十五条"));
    }

    /** A request of agency A received on {@code on}, once its two first clocks are scheduled. */
    private static String received(LocalDate on) {
        String trackingNumber = receive("A", on);
        assertThat(deadlineEvents(trackingNumber, 2)).hasSize(2);
        return trackingNumber;
    }

    private static JsonPath deadlines(String trackingNumber) {
        return given().get("/api/cases/" + trackingNumber + "/deadlines")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static JsonPath awaitExplanation(String trackingNumber, String line) {
        return awaitReply(
                trackingNumber,
                "explained " + line,
                deadlines -> deadlines.getList("clocks.find { it.kind == 'REPLY' }.explanation", String.class).stream()
                        .anyMatch(l -> l.startsWith(line)));
    }

    private static JsonPath awaitMetOn(String trackingNumber, String metOn) {
        return awaitReply(
                trackingNumber,
                "met on " + metOn,
                deadlines -> metOn.equals(deadlines.getString("clocks.find { it.kind == 'REPLY' }.metOn")));
    }

    private static JsonPath awaitReply(String trackingNumber, String what, Predicate<JsonPath> done) {
        return await("reply of " + trackingNumber + " " + what)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> deadlines(trackingNumber), done);
    }

    private static List<CloudEvent> deadlineEvents(String trackingNumber, int atLeast) {
        return KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, atLeast, Duration.ofSeconds(30));
    }
}
