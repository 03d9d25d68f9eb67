package org.ogi.report.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ogi.law.ApplicantCategory;
import org.ogi.law.TableThreeRow;
import org.ogi.report.domain.AppealFact;
import org.ogi.report.domain.CaseFact;
import org.ogi.report.domain.ShapeCount;

/**
 * The read model's tables in native SQL: facts per request and per appeal, and the counters per shape that make a
 * report independent of the number of cases. Runs in the caller's session and transaction.
 */
@ApplicationScoped
public class ReadModel {

    /** The counters of some agencies ({@code :agencies}) summed per shape: all a report reads of table 三. */
    public static final String SHAPES =
            "select applicant_column, received_year, outcome_year, outcome_row, sum(requests) "
                    + "from shape_count where agency in (:agencies) "
                    + "group by applicant_column, received_year, outcome_year, outcome_row having sum(requests) <> 0";

    /** Counts the stored facts into empty counters (a rebuild's new generation starts with the imported ones). */
    public static final String COUNT_FACTS = "insert into shape_count (agency, applicant_column, received_year,"
            + " outcome_year, outcome_row, requests) select agency, coalesce(applicant_column, ''),"
            + " coalesce(extract(year from received_date)::int, 0), coalesce(extract(year from outcome_date)::int, 0),"
            + " coalesce(outcome_row, ''), count(*) from case_fact group by 1, 2, 3, 4, 5";

    /** A request's fact with the kind of request it is and where it came from (EVENTS or IMPORT). */
    public record StoredCase(String agency, String kind, CaseFact fact, String source) {}

    /**
     * The request's fact, locked for this transaction; empty when this call created its row. Creating the row
     * first makes the consumers of the different topics wait for each other instead of both counting a new case.
     */
    public Uni<Optional<StoredCase>> caseForUpdate(String trackingNumber, String agency) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into case_fact (tracking_number, agency) values (:tn, :agency) on conflict do nothing")
                        .setParameter("tn", trackingNumber)
                        .setParameter("agency", agency)
                        .executeUpdate()
                        .chain(created -> created == 1
                                ? Uni.createFrom().item(Optional.<StoredCase>empty())
                                : session.createNativeQuery(
                                                "select agency, kind, applicant_column, received_date, outcome_date, outcome_row,"
                                                        + " row_date, source from case_fact where tracking_number = :tn for update",
                                                Object[].class)
                                        .setParameter("tn", trackingNumber)
                                        .getResultList()
                                        .map(rows -> rows.stream().findFirst().map(r -> stored(trackingNumber, r)))));
    }

    private static StoredCase stored(String trackingNumber, Object[] r) {
        return new StoredCase(
                (String) r[0],
                (String) r[1],
                new CaseFact(
                        trackingNumber, column((String) r[2]), date(r[3]), date(r[4]), row((String) r[5]), date(r[6])),
                (String) r[7]);
    }

    /**
     * Stores the request's fact and moves it from its old shape's counter to the new one's, each side only when
     * that version counted in table 三.
     */
    public Uni<Void> saveCase(
            Optional<StoredCase> before, boolean beforeCounted, StoredCase after, boolean afterCounted) {
        String sql =
                "insert into case_fact (tracking_number, agency, kind, applicant_column, received_date, outcome_date,"
                        + " outcome_row, row_date, source) values (:tn, :agency, :kind, :col, :received, :outcome, :row, :rowDate,"
                        + " :source) on conflict (tracking_number) do update set agency = excluded.agency, kind = excluded.kind,"
                        + " applicant_column = excluded.applicant_column, received_date = excluded.received_date,"
                        + " outcome_date = excluded.outcome_date, outcome_row = excluded.outcome_row, row_date = excluded.row_date,"
                        + " source = excluded.source";
        CaseFact fact = after.fact();
        Uni<Void> save = Panache.getSession()
                .chain(session -> session.createNativeQuery(sql)
                        .setParameter("tn", fact.trackingNumber())
                        .setParameter("agency", after.agency())
                        .setParameter("kind", after.kind())
                        .setParameter(
                                "col",
                                fact.column() == null ? null : fact.column().name())
                        .setParameter("received", fact.receivedDate())
                        .setParameter("outcome", fact.outcomeDate())
                        .setParameter(
                                "row", fact.row() == null ? null : fact.row().name())
                        .setParameter("rowDate", fact.rowDate())
                        .setParameter("source", after.source())
                        .executeUpdate())
                .replaceWithVoid();
        boolean sameCounter = before.isPresent()
                && beforeCounted
                && afterCounted
                && Objects.equals(before.get().agency(), after.agency())
                && before.get().fact().shape().equals(fact.shape());
        if (sameCounter) {
            // The fact moves within its counter: -1 and +1 on one row cancel out.
            return save;
        }
        return save.chain(() -> before.isPresent() && beforeCounted
                        ? count(before.get().agency(), before.get().fact().shape(), -1)
                        : Uni.createFrom().voidItem())
                .chain(() -> afterCounted
                        ? count(after.agency(), fact.shape(), 1)
                        : Uni.createFrom().voidItem());
    }

    private Uni<Void> count(String agency, CaseFact.Shape shape, int delta) {
        String sql =
                "insert into shape_count (agency, applicant_column, received_year, outcome_year, outcome_row, requests)"
                        + " values (:agency, :col, :ry, :oy, :row, :delta) on conflict (agency, applicant_column, received_year,"
                        + " outcome_year, outcome_row) do update set requests = shape_count.requests + excluded.requests";
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql)
                        .setParameter("agency", agency)
                        .setParameter(
                                "col",
                                shape.column() == null ? "" : shape.column().name())
                        .setParameter("ry", shape.receivedYear() == null ? 0 : shape.receivedYear())
                        .setParameter("oy", shape.outcomeYear() == null ? 0 : shape.outcomeYear())
                        .setParameter(
                                "row", shape.row() == null ? "" : shape.row().name())
                        .setParameter("delta", delta)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The counters of {@code agencies}: what a report is computed from. */
    public Uni<List<ShapeCount>> shapes(List<String> agencies) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(SHAPES, Object[].class)
                        .setParameter("agencies", agencies)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new ShapeCount(
                                new CaseFact.Shape(column((String) r[0]), year(r[1]), year(r[2]), row((String) r[3])),
                                ((Number) r[4]).longValue()))
                        .toList());
    }

    /**
     * The counted requests of {@code agencies} that may touch {@code year}'s table: received or handled in it, or
     * open across it; or lacking a date. For drill-down and for naming the cases behind a failed invariant.
     */
    public Uni<List<CaseFact>> factsAround(List<String> agencies, int year, boolean countRecordCorrections) {
        String sql = "select tracking_number, applicant_column, received_date, outcome_date, outcome_row, row_date "
                + "from case_fact where agency in (:agencies) and (:all or kind is distinct from 'RECORD_CORRECTION') and ("
                + " received_date is null or received_date between :start and :end or outcome_date between :start and :end"
                + " or (received_date <= :end and (outcome_date is null or outcome_date >= :start))) "
                + "order by tracking_number";
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql, Object[].class)
                        .setParameter("agencies", agencies)
                        .setParameter("all", countRecordCorrections)
                        .setParameter("start", LocalDate.of(year, 1, 1))
                        .setParameter("end", LocalDate.of(year, 12, 31))
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new CaseFact(
                                (String) r[0],
                                column((String) r[1]),
                                date(r[2]),
                                date(r[3]),
                                row((String) r[4]),
                                date(r[5])))
                        .toList());
    }

    public Uni<Optional<AppealFact>> appeal(String appealNumber) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select appeal_number, kind, filed_on, report_column, decided_on from appeal_fact "
                                        + "where appeal_number = :n for update",
                                Object[].class)
                        .setParameter("n", appealNumber)
                        .getResultList())
                .map(rows -> rows.stream().findFirst().map(ReadModel::appealFact));
    }

    public Uni<Void> saveAppeal(String agency, AppealFact appeal) {
        String sql = "insert into appeal_fact (appeal_number, agency, kind, filed_on, report_column, decided_on) values"
                + " (:n, :agency, :kind, :filed, :col, :decided) on conflict (appeal_number) do update set"
                + " agency = excluded.agency, kind = excluded.kind, filed_on = excluded.filed_on,"
                + " report_column = excluded.report_column, decided_on = excluded.decided_on";
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql)
                        .setParameter("n", appeal.appealNumber())
                        .setParameter("agency", agency)
                        .setParameter("kind", appeal.kind())
                        .setParameter("filed", appeal.filedOn())
                        .setParameter("col", appeal.column())
                        .setParameter("decided", appeal.decidedOn())
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The appeals of {@code agencies} filed in {@code year} (the only ones table 四 counts). */
    public Uni<List<AppealFact>> appealsFiledIn(List<String> agencies, int year) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select appeal_number, kind, filed_on, report_column, decided_on from appeal_fact "
                                        + "where agency in (:agencies) and filed_on between :start and :end "
                                        + "order by appeal_number",
                                Object[].class)
                        .setParameter("agencies", agencies)
                        .setParameter("start", LocalDate.of(year, 1, 1))
                        .setParameter("end", LocalDate.of(year, 12, 31))
                        .getResultList())
                .map(rows -> rows.stream().map(ReadModel::appealFact).toList());
    }

    /** A frozen report: when, by whom, its checksum and its cells' canonical text. */
    public record Frozen(OffsetDateTime frozenAt, String frozenBy, String checksum, String cells) {}

    public Uni<Optional<Frozen>> frozen(String agency, int year) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select frozen_at, frozen_by, checksum, cells from frozen_report "
                                        + "where agency = :agency and year = :year",
                                Object[].class)
                        .setParameter("agency", agency)
                        .setParameter("year", year)
                        .getResultList())
                .map(rows -> rows.stream()
                        .findFirst()
                        .map(r -> new Frozen(timestamp(r[0]), (String) r[1], (String) r[2], (String) r[3])));
    }

    /** Freezes the year once: false when it was frozen already. */
    public Uni<Boolean> freeze(String agency, int year, Frozen frozen) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "insert into frozen_report (agency, year, frozen_at, frozen_by, checksum, cells) values "
                                        + "(:agency, :year, :at, :by, :checksum, :cells) on conflict do nothing")
                        .setParameter("agency", agency)
                        .setParameter("year", year)
                        .setParameter("at", frozen.frozenAt())
                        .setParameter("by", frozen.frozenBy())
                        .setParameter("checksum", frozen.checksum())
                        .setParameter("cells", frozen.cells())
                        .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    private static AppealFact appealFact(Object[] r) {
        return new AppealFact((String) r[0], (String) r[1], date(r[2]), (String) r[3], date(r[4]));
    }

    private static ApplicantCategory column(String name) {
        return name == null || name.isEmpty()
                ? null
                : ApplicantCategory.of(name).orElse(null);
    }

    private static TableThreeRow row(String name) {
        return name == null || name.isEmpty() ? null : TableThreeRow.valueOf(name);
    }

    private static Integer year(Object value) {
        int year = ((Number) value).intValue();
        return year == 0 ? null : year;
    }

    private static LocalDate date(Object value) {
        if (value instanceof Date sqlDate) {
            return sqlDate.toLocalDate();
        }
        return (LocalDate) value;
    }

    static OffsetDateTime timestamp(Object value) {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return (OffsetDateTime) value;
    }
}
