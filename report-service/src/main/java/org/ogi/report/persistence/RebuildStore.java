package org.ogi.report.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** Records a new run; empty when one is running already (the partial unique index). */
    public Uni<Boolean> start(UUID id, Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into rebuild_run (id, state, started_at) values (:id, 'RUNNING', :at)"
                                        + " on conflict do nothing")
                        .setParameter("id", id)
                        .setParameter("at", at.atOffset(ZoneOffset.UTC))
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    public Uni<Void> finish(UUID id, String state, Instant at, Integer events, String detail) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("update rebuild_run set state = :state, finished_at = :at,"
                                + " events = :events, detail = :detail where id = :id")
                        .setParameter("id", id)
                        .setParameter("state", state)
                        .setParameter("at", at.atOffset(ZoneOffset.UTC))
                        .setParameter("events", events)
                        .setParameter("detail", detail)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** Runs left RUNNING by a stopped service can never finish: they are failed so a new one may start. */
    public Uni<Integer> failInterrupted(Instant at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "update rebuild_run set state = 'FAILED', finished_at = :at,"
                                        + " detail = 'interrupted: the service stopped during the rebuild' where state = 'RUNNING'")
                        .setParameter("at", at.atOffset(ZoneOffset.UTC))
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
