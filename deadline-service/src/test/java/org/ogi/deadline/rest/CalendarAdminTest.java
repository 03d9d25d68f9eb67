package org.ogi.deadline.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.ogi.deadline.CaseEventsForTests.receive;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.deadline.domain.CalendarFile;
import org.ogi.deadline.service.Calendars;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CalendarAdminTest {

    @Inject
    Calendars calendars;

    @Test
    @TestSecurity(user = "sysadmin", roles = "system-admin")
    void replacingAYearRecomputesOpenClocksAndPublishesTheChange() throws Exception {
        // 2033 has no notice yet: a reply received Mon 2033-03-07 is due on weekdays only, provisionally.
        put(2033, Map.of("noticeReference", "draft", "restDays", List.of(), "makeUpWorkingDays", List.of()))
                .then()
                .statusCode(200);
        String trackingNumber = receive("A", LocalDate.of(2033, 3, 7));
        List<CloudEvent> scheduled =
                KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 2, Duration.ofSeconds(30));
        assertThat(scheduled)
                .filteredOn(e -> e.data().get("clock").asText().equals("REPLY"))
                .singleElement()
                .satisfies(e -> assertThat(e.data().get("dueDate").asText()).isEqualTo("2033-04-04"));

        // The notice makes Mon 2033-03-14 and Tue 03-15 rest days: both open clocks move by two working days.
        put(
                        2033,
                        Map.of(
                                "noticeReference",
                                "国办发明电〔2032〕1号",
                                "restDays",
                                List.of("2033-03-14", "2033-03-15"),
                                "makeUpWorkingDays",
                                List.of()))
                .then()
                .statusCode(200)
                .body("restDays", hasItems("2033-03-14", "2033-03-15"));

        List<CloudEvent> changed =
                KafkaTestClient.eventsFor(Topics.DEADLINES, trackingNumber, 4, Duration.ofSeconds(30)).stream()
                        .filter(e -> e.type().equals("ogi.deadline.changed.v1"))
                        .toList();
        assertThat(changed)
                .extracting(e -> e.data().get("clock").asText() + " "
                        + e.data().get("oldDueDate").asText() + " -> "
                        + e.data().get("newDueDate").asText() + " "
                        + e.data().get("reason").asText())
                .containsExactlyInAnyOrder(
                        "REPLY 2033-04-04 -> 2033-04-06 CALENDAR_CHANGED",
                        "CORRECTION_NOTICE 2033-03-16 -> 2033-03-18 CALENDAR_CHANGED");
        // The system administrator has no agency, so the stored clock is read directly.
        assertThat(replyDueDate(trackingNumber)).isEqualTo(LocalDate.of(2033, 4, 6));
        given().get("/api/calendar/2033").then().statusCode(200).body("noticeReference", equalTo("国办发明电〔2032〕1号"));
    }

    @Test
    @TestSecurity(user = "applicant", roles = "applicant")
    void anotherInstancesChangeIsPickedUp() throws Throwable {
        // Another instance committed 2034 and bumped the version; this one reloads on its next refresh.
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into calendar_year values (2034, 'other instance', 'test', now())");
            statement.executeUpdate("insert into calendar_day values (2034, date '2034-01-02', false)");
            statement.executeUpdate("update calendar_version set version = version + 1");
        }
        VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(calendars::refresh));

        given().get("/api/calendar/2034")
                .then()
                .statusCode(200)
                .body("provisional", equalTo(false))
                .body("restDays", hasItem("2034-01-02"));
    }

    @Test
    @TestSecurity(user = "officer", roles = "case-officer")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void onlyTheSystemAdminMayChangeTheCalendar() {
        put(2035, Map.of("noticeReference", "x", "restDays", List.of(), "makeUpWorkingDays", List.of()))
                .then()
                .statusCode(403);
    }

    /** The calendar is every agency's: one agency's administrator neither changes it nor reads its audit. */
    @Test
    @TestSecurity(user = "admin-b", roles = "ogi-admin")
    @OidcSecurity(claims = @Claim(key = "agency", value = "B"))
    void anAgencysAdminCannotRewriteTheNationalCalendar() {
        put(
                        2036,
                        Map.of(
                                "noticeReference",
                                "agency B's own",
                                "restDays",
                                List.of("2036-03-03"),
                                "makeUpWorkingDays",
                                List.of()))
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/calendar/2036")
                .then()
                .statusCode(200)
                .body("provisional", equalTo(true))
                .body("restDays", empty());
        given().get("/api/calendar/changes").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "sysadmin", roles = "system-admin")
    void everyChangeIsAuditedWithWhoAndWhen() {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);
        put(
                        2037,
                        Map.of(
                                "noticeReference",
                                "国办发明电〔2036〕1号",
                                "restDays",
                                List.of("2037-01-02"),
                                "makeUpWorkingDays",
                                List.of()))
                .then()
                .statusCode(200);
        put(
                        2037,
                        Map.of(
                                "noticeReference",
                                "国办发明电〔2036〕2号",
                                "restDays",
                                List.of("2037-01-02", "2037-01-05"),
                                "makeUpWorkingDays",
                                List.of("2037-01-10")))
                .then()
                .statusCode(200);

        List<Map<String, Object>> changes = given().queryParam("year", 2037)
                .get("/api/calendar/changes")
                .then()
                .statusCode(200)
                .extract()
                .path("");
        assertThat(changes)
                .extracting(
                        c -> c.get("noticeReference"),
                        c -> c.get("restDays"),
                        c -> c.get("makeUpWorkingDays"),
                        c -> c.get("changedByName"))
                .containsExactly(
                        tuple("国办发明电〔2036〕2号", List.of("2037-01-02", "2037-01-05"), List.of("2037-01-10"), "sysadmin"),
                        tuple("国办发明电〔2036〕1号", List.of("2037-01-02"), List.of(), "sysadmin"));
        assertThat(changes).allSatisfy(c -> {
            assertThat((String) c.get("changedBy")).isNotBlank();
            assertThat(OffsetDateTime.parse((String) c.get("changedAt"))).isAfter(before);
        });
        assertThat((Integer) changes.get(0).get("calendarVersion"))
                .isGreaterThan((Integer) changes.get(1).get("calendarVersion"));
        // The years seeded from the shipped file are in the history too.
        given().queryParam("year", 2024)
                .get("/api/calendar/changes")
                .then()
                .statusCode(200)
                .body("changedBy", hasItem(CalendarFile.OFFICIAL_RESOURCE));
    }

    @Test
    @TestSecurity(user = "sysadmin", roles = "system-admin")
    void invalidYearBodiesAreBadRequestsNamingTheField() {
        put(2035, Map.of("restDays", List.of("2035-05-01")))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem(containsString("noticeReference")));
        put(
                        2035,
                        Map.of(
                                "noticeReference",
                                "n",
                                "restDays",
                                List.of("2031-05-01", "2035-05-01"),
                                "makeUpWorkingDays",
                                List.of("2035-05-01")))
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("restDays[0]", "makeUpWorkingDays[0]"));
        put(2035, Map.of("noticeReference", "n", "restDays", List.of("2035-13-01")))
                .then()
                .statusCode(400);
        // PostgreSQL cannot store NUL: refused as the field's fault, not failed in the database.
        put(2035, Map.of("noticeReference", "国办发\u0000明电", "restDays", List.of()))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("noticeReference"));
        given().get("/api/calendar/2035").then().statusCode(200).body("provisional", equalTo(true));
    }

    private static LocalDate replyDueDate(String trackingNumber) throws Exception {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select due_date from deadline_clock where tracking_number = ? and clock = 'REPLY'")) {
            query.setString(1, trackingNumber);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getObject(1, LocalDate.class);
            }
        }
    }

    private static io.restassured.response.Response put(int year, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).put("/api/calendar/" + year);
    }
}
