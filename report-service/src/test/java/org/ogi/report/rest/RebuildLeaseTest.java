package org.ogi.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.ogi.report.rest.RebuildTest.database;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ogi.report.config.ReportConfig;
import org.ogi.report.messaging.TopicReplay;
import org.ogi.testsupport.MutableClock;
import org.ogi.testsupport.OgiInfrastructure;

/** Several instances share the rebuilds: a run is another instance's while it renews its lease, dead once not. */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RebuildLeaseTest {

    private static final String STATUS = "/api/reports/rebuild/";

    @Inject
    TopicReplay replay;

    @Inject
    MutableClock clock;

    @Inject
    ReportConfig config;

    @Test
    @TestSecurity(user = "admin", roles = "system-admin")
    void aRebuildAnotherInstanceRenewsSurvivesAStartAndBlocksASecond() throws Throwable {
        UUID other = UUID.randomUUID();
        Instant now = clock.instant();
        try (Connection database = database()) {
            running(database, other, now.minus(Duration.ofHours(1)), now);
            try {
                // What an instance checks when it starts (a restart of this one, while the other runs).
                assertThat(VertxContextSupport.subscribeAndAwait(replay::failExpired))
                        .isZero();
                given().get(STATUS + other).then().statusCode(200).body("state", equalTo("RUNNING"));
                given().post("/api/reports/rebuild")
                        .then()
                        .statusCode(409)
                        .contentType("application/problem+json")
                        .body("currentState", equalTo("RUNNING"))
                        .body("allowedActions", equalTo(List.of("GET " + STATUS + other)));
            } finally {
                delete(database, other);
            }
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "system-admin")
    void aRebuildWhoseLeaseExpiredIsFailedAndANewOneStarts() throws Throwable {
        // A day on: the other tests' rebuilds are then past ogi.report.rebuild-min-interval, which is not tested here.
        clock.setToday(LocalDate.now(clock).plusDays(1));
        UUID atStart = UUID.randomUUID();
        UUID atRequest = UUID.randomUUID();
        String started = null;
        try (Connection database = database()) {
            try {
                Instant expired = clock.instant().minus(config.rebuildLease()).minusSeconds(1);
                running(database, atStart, expired.minus(Duration.ofHours(1)), expired);
                assertThat(VertxContextSupport.subscribeAndAwait(replay::failExpired))
                        .isEqualTo(1);
                given().get(STATUS + atStart)
                        .then()
                        .statusCode(200)
                        .body("state", equalTo("FAILED"))
                        .body("detail", startsWith("lease expired: report-service-2"));

                // Found when a new rebuild is requested, with no instance started meanwhile.
                running(database, atRequest, expired.minus(Duration.ofHours(1)), expired);
                started = given().post("/api/reports/rebuild")
                        .then()
                        .statusCode(202)
                        .extract()
                        .header("Location");
                given().get(STATUS + atRequest)
                        .then()
                        .statusCode(200)
                        .body("state", equalTo("FAILED"))
                        .body("detail", startsWith("lease expired: report-service-2"));
                String run = started;
                await().untilAsserted(
                                () -> given().get(run).then().statusCode(200).body("state", equalTo("SUCCEEDED")));
            } finally {
                clock.reset();
                delete(database, atStart);
                delete(database, atRequest);
                if (started != null) {
                    delete(database, UUID.fromString(started.substring(started.lastIndexOf('/') + 1)));
                }
            }
        }
    }

    /** A run another instance holds, as it records it. */
    private static void running(Connection database, UUID id, Instant startedAt, Instant renewedAt)
            throws SQLException {
        try (PreparedStatement insert = database.prepareStatement(
                "insert into rebuild_run"
                        + " (id, state, started_at, owner, heartbeat_at) values (?, 'RUNNING', ?, 'report-service-2/lease', ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, startedAt.atOffset(ZoneOffset.UTC));
            insert.setObject(3, renewedAt.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /** The runs a test made go, so the minimum interval between rebuilds counts from the other tests' only. */
    private static void delete(Connection database, UUID id) throws SQLException {
        try (PreparedStatement delete = database.prepareStatement("delete from rebuild_run where id = ?")) {
            delete.setObject(1, id);
            delete.executeUpdate();
        }
    }
}
