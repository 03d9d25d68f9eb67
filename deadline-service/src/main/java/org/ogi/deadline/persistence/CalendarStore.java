package org.ogi.deadline.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.ogi.deadline.domain.CalendarYear;

/**
 * The calendar tables: one row per notice year with its listed days, a version bumped on every change, and the audit
 * of every change.
 */
@ApplicationScoped
public class CalendarStore {

    /**
     * The committed version; the shared lock makes a concurrent calendar change wait for this transaction. Read by
     * id rather than by a native select, which would add a plan-cache entry on every clock update.
     */
    public Uni<Long> versionLockedForShare() {
        return Panache.getSession()
                .chain(session -> session.find(
                        CalendarVersionEntity.class, CalendarVersionEntity.ID, LockModeType.PESSIMISTIC_READ))
                .map(row -> row.version);
    }

    /** The committed version, for the periodic refresh (a session of its own each time, so nothing stale). */
    public Uni<Long> version() {
        return Panache.getSession()
                .chain(session -> session.find(CalendarVersionEntity.class, CalendarVersionEntity.ID))
                .map(row -> row.version);
    }

    /** Bumps the version first thing in a change, so concurrent changes and clock updates queue behind it. */
    public Uni<Long> bumpVersion() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                with bumped as (update calendar_version set version = version + 1 where id = 1 returning version)
                select version from bumped""", Long.class).getSingleResult());
    }

    public Uni<Set<Integer>> years() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select notice_year from calendar_year", Integer.class)
                        .getResultList())
                .map(Set::copyOf);
    }

    public Uni<List<CalendarYear>> load() {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select notice_year, notice_reference from calendar_year", Object[].class)
                        .getResultList()
                        .chain(years -> session.createNativeQuery(
                                        "select notice_year, cast(day as text), working from calendar_day",
                                        Object[].class)
                                .getResultList()
                                .map(days -> assemble(years, days))));
    }

    /** Adds the year unless it is already stored (so concurrent seeding by two instances is harmless). */
    public Uni<Boolean> insertIfMissing(CalendarYear year, String source, OffsetDateTime at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into calendar_year (notice_year, notice_reference, source, updated_at)
                        values (:year, :reference, :source, :at) on conflict do nothing""")
                        .setParameter("year", year.noticeYear())
                        .setParameter("reference", year.noticeReference())
                        .setParameter("source", source)
                        .setParameter("at", at)
                        .executeUpdate())
                .chain(inserted -> inserted == 1
                        ? insertDays(year).replaceWith(true)
                        : Uni.createFrom().item(false));
    }

    /** Adds the year or replaces every fact stored for it. */
    public Uni<Void> replace(CalendarYear year, String source, OffsetDateTime at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("delete from calendar_year where notice_year = :year")
                        .setParameter("year", year.noticeYear())
                        .executeUpdate())
                .chain(() -> insertIfMissing(year, source, at))
                .replaceWithVoid();
    }

    /** One change of the calendar as audited: the year's facts as written, who wrote them and when. */
    public record AuditedChange(
            long calendarVersion,
            int noticeYear,
            String noticeReference,
            List<LocalDate> restDays,
            List<LocalDate> makeUpWorkingDays,
            String changedBy,
            String changedByName,
            OffsetDateTime changedAt) {}

    /** Records a change of one year in the audit table, in the change's transaction. */
    public Uni<Void> audit(long version, CalendarYear year, String by, String byName, OffsetDateTime at) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into calendar_change (calendar_version, notice_year, notice_reference, rest_days,
                            make_up_working_days, changed_by, changed_by_name, changed_at)
                        values (:version, :year, :reference, cast(string_to_array(:rest, ',') as date[]),
                            cast(string_to_array(:work, ',') as date[]), :by, :byName, :at)""")
                        .setParameter("version", version)
                        .setParameter("year", year.noticeYear())
                        .setParameter("reference", year.noticeReference())
                        .setParameter("rest", join(year.restDays()))
                        .setParameter("work", join(year.makeUpWorkingDays()))
                        .setParameter("by", by)
                        .setParameter("byName", byName)
                        .setParameter("at", at)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The audited changes, newest first, of one year or of all when {@code year} is null. */
    public Uni<List<AuditedChange>> changes(Integer year, int page, int size) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        select calendar_version, notice_year, notice_reference, array_to_string(rest_days, ','),
                            array_to_string(make_up_working_days, ','), changed_by, changed_by_name, changed_at
                        from calendar_change where notice_year between :from and :to
                        order by id desc""", Object[].class)
                        .setParameter("from", year == null ? CalendarYear.MIN_YEAR : year)
                        .setParameter("to", year == null ? CalendarYear.MAX_YEAR : year)
                        .setFirstResult(page * size)
                        .setMaxResults(size)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new AuditedChange(
                                ((Number) r[0]).longValue(),
                                (Integer) r[1],
                                (String) r[2],
                                days((String) r[3]),
                                days((String) r[4]),
                                (String) r[5],
                                (String) r[6],
                                (OffsetDateTime) r[7]))
                        .toList());
    }

    private static List<LocalDate> days(String joined) {
        return joined.isEmpty()
                ? List.of()
                : Arrays.stream(joined.split(",")).map(LocalDate::parse).toList();
    }

    private Uni<Integer> insertDays(CalendarYear year) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into calendar_day (notice_year, day, working)
                        select cast(:year as integer), cast(d as date), false from unnest(string_to_array(:rest, ',')) d
                        union all
                        select cast(:year as integer), cast(d as date), true from unnest(string_to_array(:work, ',')) d""")
                        .setParameter("year", year.noticeYear())
                        .setParameter("rest", join(year.restDays()))
                        .setParameter("work", join(year.makeUpWorkingDays()))
                        .executeUpdate());
    }

    private static String join(Set<LocalDate> days) {
        return days.stream().map(LocalDate::toString).collect(Collectors.joining(","));
    }

    private static List<CalendarYear> assemble(List<Object[]> years, List<Object[]> days) {
        Map<Integer, List<LocalDate>> rest = new HashMap<>();
        Map<Integer, List<LocalDate>> work = new HashMap<>();
        for (Object[] day : days) {
            Map<Integer, List<LocalDate>> target = (Boolean) day[2] ? work : rest;
            target.computeIfAbsent((Integer) day[0], y -> new ArrayList<>()).add(LocalDate.parse((String) day[1]));
        }
        Map<Integer, CalendarYear> byYear = new TreeMap<>();
        for (Object[] year : years) {
            int noticeYear = (Integer) year[0];
            byYear.put(
                    noticeYear,
                    CalendarYear.of(
                            noticeYear,
                            (String) year[1],
                            rest.getOrDefault(noticeYear, List.of()),
                            work.getOrDefault(noticeYear, List.of())));
        }
        return List.copyOf(byYear.values());
    }
}
