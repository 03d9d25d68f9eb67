package org.ogi.deadline.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.logging.Logger;
import org.ogi.deadline.domain.CalendarFile;
import org.ogi.deadline.domain.CalendarYear;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.persistence.CalendarStore;

/**
 * Adds or replaces calendar years: at startup from the shipped file (years the database lacks), and through the
 * system administrator's API; every year written is audited with who wrote it and when. Each change bumps the
 * calendar version and derives again, in the same transaction, every open clock that runs through the changed
 * year, the cases' and the appeals' alike, so every moved due date is published.
 */
@ApplicationScoped
public class CalendarChanges {

    private static final Logger LOG = Logger.getLogger(CalendarChanges.class);

    private final CalendarStore store;
    private final Calendars calendars;
    private final Clocks clocks;
    private final AppealClockUpdates appealClocks;
    private final Clock clock;

    CalendarChanges(
            CalendarStore store, Calendars calendars, Clocks clocks, AppealClockUpdates appealClocks, Clock clock) {
        this.store = store;
        this.calendars = calendars;
        this.clocks = clocks;
        this.appealClocks = appealClocks;
        this.clock = clock;
    }

    void seedAtStartup(@Observes StartupEvent startup) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() ->
                Panache.withTransaction(this::seedMissingYears).chain(() -> Panache.withSession(calendars::refresh)));
    }

    /** Who changes the calendar: the token's subject and, for people reading the audit, the user name. */
    public record Changer(String userId, String userName) {}

    /** Replaces (or adds) one year and audits the change with who made it and when. */
    public Uni<CalendarYear> replace(CalendarYear year, Changer changer) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return Panache.withTransaction(() -> store.bumpVersion()
                        .chain(version -> store.replace(year, "system-admin:" + changer.userId(), now)
                                .chain(() -> store.audit(version, year, changer.userId(), changer.userName(), now))
                                .chain(() -> applied(version, List.of(year.noticeYear())))))
                .invoke(change -> calendars.install(change.version(), change.calendar()))
                .replaceWith(year);
    }

    private Uni<Void> seedMissingYears() {
        List<CalendarYear> shipped = CalendarFile.loadOfficial();
        return store.years().chain(stored -> {
            List<CalendarYear> missing = shipped.stream()
                    .filter(y -> !stored.contains(y.noticeYear()))
                    .toList();
            if (missing.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            OffsetDateTime now = OffsetDateTime.now(clock);
            return store.bumpVersion()
                    .chain(version -> Multi.createFrom()
                            .iterable(missing)
                            .onItem()
                            .transformToUniAndConcatenate(y -> store.insertIfMissing(
                                            y, CalendarFile.OFFICIAL_RESOURCE, now)
                                    .chain(inserted -> inserted
                                            ? store.audit(version, y, CalendarFile.OFFICIAL_RESOURCE, null, now)
                                            : Uni.createFrom().voidItem()))
                            .collect()
                            .asList()
                            .chain(() -> applied(
                                    version,
                                    missing.stream()
                                            .map(CalendarYear::noticeYear)
                                            .toList())))
                    .invoke(change -> LOG.infof(
                            "seeded calendar years %s from %s", change.years(), CalendarFile.OFFICIAL_RESOURCE))
                    .replaceWithVoid();
        });
    }

    /** The audited changes, newest first, of one year or of all years. */
    @WithSession
    public Uni<List<CalendarStore.AuditedChange>> history(Integer year, int page, int size) {
        return store.changes(year, page, size);
    }

    private record Change(long version, WorkingDayCalendar calendar, List<Integer> years) {}

    private Uni<Change> applied(long version, List<Integer> years) {
        return store.load().chain(stored -> {
            WorkingDayCalendar calendar = WorkingDayCalendar.of(stored);
            // A notice may list days of the previous December, so a year's change reaches back into it.
            return Multi.createFrom()
                    .iterable(years)
                    .onItem()
                    .transformToUniAndConcatenate(year -> {
                        LocalDate from = LocalDate.of(year - 1, 12, 1);
                        LocalDate to = LocalDate.of(year, 12, 31);
                        return clocks.recomputeOpenClocks(calendar, from, to, Clocks.CALENDAR_CHANGED)
                                .chain(() ->
                                        appealClocks.recomputeOpenClocks(calendar, from, to, Clocks.CALENDAR_CHANGED));
                    })
                    .collect()
                    .asList()
                    .replaceWith(new Change(version, calendar, years));
        });
    }
}
