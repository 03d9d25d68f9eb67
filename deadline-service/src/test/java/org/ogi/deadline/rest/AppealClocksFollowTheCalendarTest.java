package org.ogi.deadline.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.deadline.AppealEventsForTests;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

/** A calendar change moves the open appeal clocks as it moves the case clocks (CalendarChanges). */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AppealClocksFollowTheCalendarTest {

    @Test
    @TestSecurity(user = "sysadmin", roles = "system-admin")
    void restDaysAddedToAYearMoveTheOpenAppealClocksThatRunThroughIt() throws Exception {
        // 2038 has no notice yet: weekdays only.
        putYear(List.of()).then().statusCode(200);
        String tn = TestEvents.newTrackingNumber("A");
        String open = "A-AP-2038-" + tn.substring(tn.length() - 6);
        String remanded = "A-AP-2038-R" + tn.substring(tn.length() - 6);
        // Filed Mon 2038-03-01, the copy received the same day.
        TestEvents.publish(TestEvents.event(
                AppealEvents.FILED,
                open,
                AppealEventsForTests.reconsideration(open, tn, LocalDate.of(2038, 3, 1), LocalDate.of(2038, 3, 1))));
        // A decision served Mon 2038-03-01 orders a new reply within 10 working days.
        TestEvents.publish(TestEvents.event(
                AppealEvents.DECIDED,
                remanded,
                new AppealEvents.Decided(
                        remanded,
                        "A",
                        "RECONSIDERATION",
                        List.of(tn),
                        "ORDERED_TO_REPLY_AGAIN",
                        "CORRECTED",
                        "DECISION",
                        LocalDate.of(2038, 3, 1),
                        LocalDate.of(2038, 3, 1),
                        "复决2038-1",
                        true,
                        null,
                        10,
                        "legal")));
        // Answer: 10 working days from Mon 03-01; expected decision: 60 days from the deemed acceptance (03-08).
        await().atMost(Duration.ofSeconds(30))
                .until(() -> due(open, "APPEAL_ANSWER").equals("2038-03-15")
                        && due(open, "APPEAL_OUTCOME_EXPECTED").equals("2038-05-07")
                        && due(tn, "REMAND_REPLY:" + remanded).equals("2038-03-15")
                        && due(remanded, "APPEAL_WINDOW_EXPECTED").equals("2038-03-16"));

        // The notice makes Wed 03-03 and Thu 03-04 rest days: the working-day periods end two working days later,
        // and the deemed acceptance moves with them, so the 60 days end on Sun 05-09, i.e. Mon 05-10.
        putYear(List.of("2038-03-03", "2038-03-04")).then().statusCode(200);

        assertThat(due(open, "APPEAL_ANSWER")).isEqualTo("2038-03-17");
        assertThat(due(open, "APPEAL_OUTCOME_EXPECTED")).isEqualTo("2038-05-10");
        assertThat(due(tn, "REMAND_REPLY:" + remanded)).isEqualTo("2038-03-17");
        assertThat(due(remanded, "APPEAL_WINDOW_EXPECTED")).isEqualTo("2038-03-16");
        assertThat(changes(open, 5))
                .containsExactlyInAnyOrder(
                        "APPEAL_ANSWER 2038-03-15 -> 2038-03-17 CALENDAR_CHANGED",
                        "APPEAL_OUTCOME_EXPECTED 2038-05-07 -> 2038-05-10 CALENDAR_CHANGED");
        assertThat(changes(tn, 2))
                .containsExactly("REMAND_REPLY:" + remanded + " 2038-03-15 -> 2038-03-17 CALENDAR_CHANGED");

        // The same notice again moves nothing.
        putYear(List.of("2038-03-03", "2038-03-04")).then().statusCode(200);
        assertThat(rows("select count(*) from outbox_message where message_key in ('" + open + "', '" + tn
                        + "') and event_type = 'ogi.deadline.changed.v1'"))
                .isEqualTo(3);
    }

    private static io.restassured.response.Response putYear(List<String> restDays) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("noticeReference", "test 2038", "restDays", restDays, "makeUpWorkingDays", List.of()))
                .put("/api/calendar/2038");
    }

    private static List<String> changes(String key, int atLeast) {
        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.DEADLINES, key, atLeast, Duration.ofSeconds(30));
        return events.stream()
                .filter(e -> e.type().equals("ogi.deadline.changed.v1"))
                .map(e -> e.data().get("clock").asText() + " "
                        + e.data().get("oldDueDate").asText() + " -> "
                        + e.data().get("newDueDate").asText() + " "
                        + e.data().get("reason").asText())
                .toList();
    }

    private static String due(String key, String clock) throws SQLException {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement = connection.prepareStatement(
                        "select due_date from deadline_clock where tracking_number = ? and clock = ?")) {
            statement.setString(1, key);
            statement.setString(2, clock);
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : "";
            }
        }
    }

    private static long rows(String query) throws SQLException {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement = connection.createStatement();
                var result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
