package org.ogi.report.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.ogi.report.rest.RebuildTest.count;
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
import java.sql.Statement;
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
    /** The start of what a rebuild whose instance died tells the administrator. */
    private static final String DIED = "重建已中断：负责重建的实例（report-service-2/lease）最后一次续期于 ";
    /** What another instance writes when it takes this instance's run as dead. */
    private static final String TAKEN = "another instance took it as dead";

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
                        .body("detail", startsWith(DIED));

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
                        .body("detail", startsWith(DIED));
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

    @Test
    @TestSecurity(user = "admin", roles = "system-admin")
    void aRebuildWhoseInstanceDiedReadsFailedOnceItsLeaseExpiredWithoutAnyStartOrRequest() throws Throwable {
        UUID died = UUID.randomUUID();
        try (Connection database = database()) {
            try {
                Instant expired = clock.instant().minus(config.rebuildLease()).minusSeconds(1);
                running(database, died, expired.minus(Duration.ofMinutes(5)), expired);
                given().get(STATUS + died)
                        .then()
                        .statusCode(200)
                        .body("state", equalTo("FAILED"))
                        .body("finishedAt", notNullValue())
                        .body("detail", startsWith(DIED))
                        .body(
                                "detail",
                                containsString("此后超过 " + config.rebuildLease().toSeconds() + " 秒未再续期"))
                        .body("detail", endsWith("可重新发起重建。"));
            } finally {
                delete(database, died);
            }
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "system-admin")
    void aRunThatLostItsLeaseBeforeTheSwitchLeavesTheNewerRunsGenerationAndTheLiveTablesAlone() throws Throwable {
        clock.setToday(LocalDate.now(clock).plusDays(1));
        UUID newer = UUID.randomUUID();
        UUID lost = null;
        try (Connection database = database();
                Connection holder = database()) {
            try {
                // Holds this instance's run at its last transaction, the one that would switch the generations.
                lost = startedHeld(database, holder, "public.consumed_event", "row share", "ExclusiveLock");

                takenAsDead(database, lost, newer);
                generation(database);
                long live = oid(database, "public.case_fact");
                long newerGeneration = oid(database, "report_rebuild.case_fact");
                released(database, holder, "public.consumed_event");

                assertThat(oid(database, "public.case_fact"))
                        .as("the live tables, not switched")
                        .isEqualTo(live);
                assertThat(oid(database, "report_rebuild.case_fact"))
                        .as("the newer run's generation")
                        .isEqualTo(newerGeneration);
                failedByTheOtherInstance(lost);
            } finally {
                holder.rollback();
                clock.reset();
                cleanUp(database, lost, newer);
            }
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "system-admin")
    void aRunThatLostItsLeaseBeforeBuildingItsGenerationLeavesTheNewerRunsOneAlone() throws Throwable {
        clock.setToday(LocalDate.now(clock).plusDays(1));
        UUID newer = UUID.randomUUID();
        UUID lost = null;
        try (Connection database = database();
                Connection holder = database()) {
            try {
                // Another instance's generation: this instance's run waits to drop it while the holder reads it.
                generation(database);
                long newerGeneration = oid(database, "report_rebuild.case_fact");
                lost = startedHeld(
                        database, holder, "report_rebuild.consumed_event", "access share", "AccessExclusiveLock");

                takenAsDead(database, lost, newer);
                released(database, holder, "report_rebuild.consumed_event");

                assertThat(oid(database, "report_rebuild.case_fact"))
                        .as("the newer run's generation, not dropped for the lost run's")
                        .isEqualTo(newerGeneration);
                failedByTheOtherInstance(lost);
            } finally {
                holder.rollback();
                clock.reset();
                cleanUp(database, lost, newer);
            }
        }
    }

    /**
     * Requests a rebuild while {@code holder} holds {@code table} in {@code holdMode}, and waits until the run waits for
     * {@code waitedMode} on it.
     */
    private static UUID startedHeld(
            Connection database, Connection holder, String table, String holdMode, String waitedMode)
            throws SQLException {
        holder.setAutoCommit(false);
        holder.createStatement().execute("lock table " + table + " in " + holdMode + " mode");
        String location = given().post("/api/reports/rebuild")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        await().atMost(Duration.ofSeconds(60))
                .alias("the rebuild waits for " + waitedMode + " on " + table)
                .until(() -> count(
                                database,
                                "select count(*) from pg_locks where relation = '" + table + "'::regclass"
                                        + " and mode = '" + waitedMode + "' and not granted")
                        == 1);
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Lets the held run go on, and waits until its transaction has ended: no other session locks the table. */
    private static void released(Connection database, Connection holder, String table) throws SQLException {
        holder.rollback();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> count(
                                database,
                                "select count(*) from pg_locks where relation = '" + table + "'::regclass"
                                        + " and pid <> pg_backend_pid()")
                        == 0);
    }

    /** The lost run keeps the state and reason the other instance gave it. */
    private static void failedByTheOtherInstance(UUID lost) {
        given().get(STATUS + lost)
                .then()
                .statusCode(200)
                .body("state", equalTo("FAILED"))
                .body("detail", equalTo(TAKEN));
    }

    /**
     * What another instance does when it finds {@code lost}'s lease expired and starts {@code newer}: fails the one
     * and records the other as its own (then builds its generation).
     */
    private void takenAsDead(Connection database, UUID lost, UUID newer) throws SQLException {
        try (PreparedStatement fail = database.prepareStatement(
                "update rebuild_run set state = 'FAILED', finished_at = now(), detail = ? where id = ?")) {
            fail.setString(1, TAKEN);
            fail.setObject(2, lost);
            assertThat(fail.executeUpdate()).isOne();
        }
        running(database, newer, clock.instant(), clock.instant());
    }

    /** A generation as an instance creates it (RebuildStore.createGeneration), empty. */
    private static void generation(Connection database) throws SQLException {
        try (Statement statements = database.createStatement()) {
            statements.execute("drop schema if exists report_rebuild cascade");
            statements.execute("create schema report_rebuild");
            for (String table : List.of("case_fact", "shape_count", "appeal_fact", "consumed_event")) {
                statements.execute(
                        "create table report_rebuild." + table + " (like public." + table + " including all)");
            }
        }
    }

    private static long oid(Connection database, String table) throws SQLException {
        return count(database, "select '" + table + "'::regclass::oid::bigint");
    }

    private static void cleanUp(Connection database, UUID lost, UUID newer) throws SQLException {
        if (lost != null) {
            delete(database, lost);
        }
        delete(database, newer);
        try (Statement drop = database.createStatement()) {
            drop.execute("drop schema if exists report_rebuild cascade");
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
