package org.ogi.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.ogi.report.rest.ReportApiTest.filed;
import static org.ogi.report.rest.ReportApiTest.received;
import static org.ogi.report.rest.ReportApiTest.replied;
import static org.ogi.report.rest.ReportApiTest.report;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RebuildTest {

    @Test
    @TestSecurity(
            user = "head-rr",
            roles = {"ogi-office-head", "system-admin"})
    @OidcSecurity(claims = @Claim(key = "agency", value = "RR"))
    void droppingTheReadModelAndReplayingTheTopicsGivesIdenticalTables() throws Exception {
        String answered = received("RR", "2024-02-01", "NATURAL_PERSON");
        String abandoned = received("RR", "2024-11-20", "SOCIAL_WELFARE_ORGANISATION");
        String carried = received("RR", "2024-12-28", "LEGAL_SERVICE_INSTITUTION");
        replied(answered, "RR", "2024-02-20", "NOT_PROCESSED_REPEAT_REQUEST");
        // Remanded and answered anew in the same year: counts once, in the new reply's row.
        replied(answered, "RR", "2024-09-20", "DISCLOSED");
        TestEvents.publish(TestEvents.event(
                Events.CASE_ABANDONED,
                abandoned,
                new CaseEvents.Abandoned(transition(abandoned, "2024-12-20"), "FEE_NOT_PAID")));
        TestEvents.publish(
                TestEvents.event(AppealEvents.FILED, "FY-RR-1", filed("FY-RR-1", "RR", answered, "2024-03-10")));
        TestEvents.publish(TestEvents.event(
                AppealEvents.DECIDED,
                "FY-RR-1",
                new AppealEvents.Decided(
                        "FY-RR-1",
                        "RR",
                        "RECONSIDERATION",
                        List.of(answered),
                        "ORDERED_TO_REPLY_AGAIN",
                        "CORRECTED",
                        "DECISION",
                        LocalDate.parse("2024-08-01"),
                        LocalDate.parse("2024-08-03"),
                        "复议决定〔2024〕1号",
                        true,
                        null,
                        15,
                        "legal")));
        await().untilAsserted(() -> {
            JsonPath y2024 = report(2024);
            assertThat(y2024.getLong("tableThree.lines.find { it.key == 'DISCLOSED' }.values.TOTAL"))
                    .isEqualTo(1);
            assertThat(y2024.getLong("tableThree.lines.find { it.key == 'NOT_PROCESSED_REPEAT_REQUEST' }.values.TOTAL"))
                    .isZero();
            assertThat(y2024.getLong("tableThree.lines.find { it.key == 'OTHER_FEE_NOT_PAID' }.values.TOTAL"))
                    .isEqualTo(1);
            assertThat(y2024.getLong(
                            "tableThree.lines.find { it.key == 'CARRIED_FORWARD' }.values.LEGAL_SERVICE_INSTITUTION"))
                    .isEqualTo(1);
            assertThat(y2024.getLong("tableFour.find { it.key == 'RECONSIDERATION' }.values.CORRECTED"))
                    .isEqualTo(1);
        });
        String before2024 = report(2024).getString("checksum");
        String before2025 = report(2025).getString("checksum");

        String status;
        try (Connection database = database();
                Connection holder = database()) {
            // Holds the rebuild at its last step (it takes consumed_event exclusively to stop the live consumers),
            // after it has applied every event to the new generation.
            holder.setAutoCommit(false);
            holder.createStatement().execute("lock table consumed_event in row share mode");

            status = given().post("/api/reports/rebuild")
                    .then()
                    .statusCode(202)
                    .body("state", equalTo("RUNNING"))
                    .extract()
                    .header("Location");
            await().until(() -> count(
                            database,
                            "select count(*) from pg_locks l join pg_class c on c.oid = l.relation"
                                    + " where c.relname = 'consumed_event' and l.mode = 'ExclusiveLock' and not l.granted")
                    == 1);
            assertThat(count(database, "select count(*) from report_rebuild.case_fact where agency = 'RR'"))
                    .as("the new generation, built aside")
                    .isEqualTo(3);

            // Read during the rebuild: the complete old model.
            assertThat(report(2024).getString("checksum")).isEqualTo(before2024);
            assertThat(report(2024).getLong("tableThree.lines.find { it.key == 'DISCLOSED' }.values.TOTAL"))
                    .isEqualTo(1);
            assertThat(report(2025).getString("checksum")).isEqualTo(before2025);
            given().get(status).then().statusCode(200).body("state", equalTo("RUNNING"));
            String path = URI.create(status).getPath();
            given().post("/api/reports/rebuild")
                    .then()
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("currentState", equalTo("RUNNING"))
                    .body("allowedActions", equalTo(List.of("GET " + path)));
            holder.rollback();
        }

        await().untilAsserted(() -> given().get(status).then().statusCode(200).body("state", equalTo("SUCCEEDED")));
        int events = given().get(status).then().extract().path("events");
        assertThat(events).isGreaterThanOrEqualTo(10);
        assertThat(report(2024).getString("checksum")).isEqualTo(before2024);
        assertThat(report(2025).getString("checksum")).isEqualTo(before2025);
        assertThat(report(2025).getLong("tableThree.lines.find { it.key == 'CARRIED_OVER' }.values.TOTAL"))
                .isEqualTo(1);
        given().queryParam("cell", "三/CARRIED_FORWARD/TOTAL")
                .get("/api/reports/2024/cells")
                .then()
                .statusCode(200)
                .body("trackingNumbers", org.hamcrest.Matchers.equalTo(List.of(carried)));
    }

    @Test
    @TestSecurity(user = "admin", roles = "system-admin")
    void anUnknownRebuildIsNotFound() {
        given().get("/api/reports/rebuild/" + UUID.randomUUID()).then().statusCode(404);
        given().get("/api/reports/rebuild/not-an-id").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "head-rr", roles = "ogi-office-head")
    @OidcSecurity(claims = @Claim(key = "agency", value = "RR"))
    void onlyTheSystemAdministratorRebuilds() {
        given().post("/api/reports/rebuild").then().statusCode(403);
        given().get("/api/reports/rebuild/" + UUID.randomUUID()).then().statusCode(403);
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(
                ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class),
                "postgres",
                "postgres");
    }

    private static long count(Connection database, String sql) throws SQLException {
        try (ResultSet rows = database.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static CaseTransitioned transition(String trackingNumber, String day) {
        return new CaseTransitioned(
                trackingNumber,
                "RR",
                "ABANDON",
                "AWAITING_FEE",
                "ABANDONED",
                LocalDate.parse(day),
                OffsetDateTime.now(),
                "officer",
                "case-officer");
    }
}
