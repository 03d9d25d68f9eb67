package org.ogi.report.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The rebuild runs, and the generation a rebuild builds aside: schema {@value #SCHEMA} holds new copies of the
 * tables the events build (and its own dedupe rows) until {@link #switchGenerations} moves them in place of the
 * live ones in one transaction. Readers see the live, complete tables until that commit.
 */
@ApplicationScoped
public class RebuildStore {

    static final String SCHEMA = "report_rebuild";
    /** The tables built from the events; frozen reports and the runs themselves are not rebuilt. */
    private static final List<String> REBUILT = List.of("case_fact", "shape_count", "appeal_fact");
    /** The new generation: the rebuilt tables and the dedupe rows of the events applied to them. */
    private static final List<String> GENERATION = List.of("case_fact", "shape_count", "appeal_fact", "consumed_event");

    public record Run(
            UUID id, String state, OffsetDateTime startedAt, OffsetDateTime finishedAt, Integer events, String detail) {

        public static final String RUNNING = "RUNNING";
        public static final String SUCCEEDED = "SUCCEEDED";
        public static final String FAILED = "FAILED";
    }

    /** Records a new run held by {@code owner}; false when one is running already (the partial unique index). */
    public Uni<Boolean> start(UUID id, String owner, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into rebuild_run (id, state, started_at, owner, heartbeat_at)"
                                        + " values (:id, 'RUNNING', :at, :owner, :at) on conflict do nothing")
                        .setParameter("id", id)
                        .setParameter("owner", owner)
                        .setParameter("at", at.atOffset(ZoneOffset.UTC))
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** Renews the owner's lease; false when the run is no longer its own and running (another took it as dead). */
    public Uni<Boolean> renew(UUID id, String owner, Instant at) {
        return update(
                "update rebuild_run set heartbeat_at = :at where id = :id and owner = :owner and state = 'RUNNING'",
                id,
                owner,
                at,
                null);
    }

    /**
     * Records the owner's run as done; false (nothing changed) when it no longer holds it. Named in full: it runs in
     * the switching transaction, whose table names point at the new generation.
     */
    public Uni<Boolean> succeed(UUID id, String owner, Instant at, int events) {
        return update(
                "update public.rebuild_run set state = 'SUCCEEDED', finished_at = :at, heartbeat_at = :at, events = :events"
                        + " where id = :id and owner = :owner and state = 'RUNNING'",
                id,
                owner,
                at,
                events);
    }

    private static Uni<Boolean> update(String sql, UUID id, String owner, Instant at, Integer events) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(sql)
                    .setParameter("id", id)
                    .setParameter("owner", owner)
                    .setParameter("at", at.atOffset(ZoneOffset.UTC));
            if (events != null) {
                query.setParameter("events", events);
            }
            return query.executeUpdate().map(updated -> updated == 1);
        });
    }

    /** Fails a run still RUNNING; one already failed (its lease expired) keeps the reason given then. */
    public Uni<Void> fail(UUID id, Instant at, int events, String detail) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "update rebuild_run set state = 'FAILED', finished_at = :at,"
                                        + " events = :events, detail = :detail where id = :id and state = 'RUNNING'")
                        .setParameter("id", id)
                        .setParameter("at", at.atOffset(ZoneOffset.UTC))
                        .setParameter("events", events)
                        .setParameter("detail", detail)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Whether {@code owner} still holds its run, checked last in each transaction that writes the run's generation:
     * one whose run another instance failed (and may have rebuilt the schema for a newer run since) is rolled back;
     * one that still holds it keeps the row locked until it commits, so no instance can fail the run in between.
     * Named in full: those transactions' table names point at the new generation.
     */
    public Uni<Boolean> holds(UUID id, String owner) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select 1 from public.rebuild_run"
                                        + " where id = :id and owner = :owner and state = 'RUNNING' for share",
                                Integer.class)
                        .setParameter("id", id)
                        .setParameter("owner", owner)
                        .getResultList())
                .map(held -> !held.isEmpty());
    }

    /**
     * A RUNNING run whose owner has not renewed it for longer than {@code lease} is dead (its instance stopped or
     * lost the database): it is failed, with why for the administrator, so its status reads the truth and a new one
     * may start. Runs renewed within the lease are left to their owner.
     */
    public Uni<Integer> failExpired(Instant now, Duration lease) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "update rebuild_run set state = 'FAILED', finished_at = :now,"
                                        + " detail = '重建已中断：负责重建的实例（' || coalesce(owner, '未记录')"
                                        + " || '）最后一次续期于 ' || to_char(coalesce(heartbeat_at, started_at)"
                                        + " at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI:SS')"
                                        + " || '，此后超过 ' || :leaseSeconds || ' 秒未再续期，视为已停止运行。"
                                        + "报表仍为重建前的数据，未被替换；可重新发起重建。'"
                                        + " where state = 'RUNNING' and coalesce(heartbeat_at, started_at) < :deadline")
                        .setParameter("now", now.atOffset(ZoneOffset.UTC))
                        .setParameter("leaseSeconds", String.valueOf(lease.toSeconds()))
                        .setParameter("deadline", now.minus(lease).atOffset(ZoneOffset.UTC))
                        .executeUpdate());
    }

    public Uni<Optional<Run>> run(UUID id) {
        return runs("where id = :id", id).map(runs -> runs.stream().findFirst());
    }

    /** The run started last, if any. */
    public Uni<Optional<Run>> latest() {
        return runs("order by started_at desc limit 1", null)
                .map(runs -> runs.stream().findFirst());
    }

    private Uni<List<Run>> runs(String condition, UUID id) {
        return Panache.getSession().chain(session -> {
            var query = session.createNativeQuery(
                    "select id, state, started_at, finished_at, events, detail from rebuild_run " + condition,
                    Object[].class);
            if (id != null) {
                query.setParameter("id", id);
            }
            return query.getResultList()
                    .map(rows -> rows.stream()
                            .map(r -> new Run(
                                    (UUID) r[0],
                                    (String) r[1],
                                    ReadModel.timestamp(r[2]),
                                    r[3] == null ? null : ReadModel.timestamp(r[3]),
                                    r[4] == null ? null : ((Number) r[4]).intValue(),
                                    (String) r[5]))
                            .toList());
        });
    }

    /**
     * Creates the new generation empty, shaped like the live tables (so later migrations of those need nothing
     * here), with the imported cases, which no event brings back, and their counters.
     */
    public Uni<Void> createGeneration() {
        List<String> statements = new ArrayList<>();
        statements.add("drop schema if exists " + SCHEMA + " cascade");
        statements.add("create schema " + SCHEMA);
        for (String table : GENERATION) {
            statements.add("create table " + SCHEMA + "." + table + " (like public." + table + " including all)");
        }
        statements.add("insert into " + SCHEMA + ".case_fact select * from public.case_fact where source = 'IMPORT'");
        return execute(statements).chain(this::inGeneration).chain(() -> execute(List.of(ReadModel.COUNT_FACTS)));
    }

    /**
     * Points this transaction's unqualified table names at the new generation, so the event handlers and their
     * dedupe write there unchanged.
     */
    public Uni<Void> inGeneration() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select set_config('search_path', '" + SCHEMA + "', true)", String.class)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /**
     * Stops the live consumers' writes until this transaction ends: every event applied live is then on the
     * topics below their current end, so applying the topics up to it leaves the new generation caught up.
     */
    public Uni<Void> holdLiveConsumers() {
        return execute(List.of("lock table public.consumed_event in exclusive mode"));
    }

    /**
     * Replaces the live tables by the new generation, and the consumer's dedupe rows by the generation's, in the
     * caller's transaction (which holds the live consumers): readers wait for its commit, then read the new tables.
     */
    public Uni<Void> switchGenerations(String consumer) {
        List<String> statements = new ArrayList<>();
        statements.add("insert into public.consumed_event select * from " + SCHEMA + ".consumed_event");
        for (String table : REBUILT) {
            statements.add("drop table public." + table);
            statements.add("alter table " + SCHEMA + "." + table + " set schema public");
        }
        statements.add("drop schema " + SCHEMA + " cascade");
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("delete from public.consumed_event where consumer = :c")
                        .setParameter("c", consumer)
                        .executeUpdate())
                .chain(() -> execute(statements));
    }

    /** Statements one by one: the client prepares each, and a prepared statement holds one command. */
    private static Uni<Void> execute(List<String> statements) {
        return Panache.getSession()
                .chain(session -> Multi.createFrom()
                        .iterable(statements)
                        .onItem()
                        .transformToUniAndConcatenate(
                                sql -> session.createNativeQuery(sql).executeUpdate())
                        .collect()
                        .last())
                .replaceWithVoid();
    }
}
