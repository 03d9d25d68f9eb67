package org.ogi.deadline.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.persistence.CalendarStore;

/**
 * The calendar in memory, rebuilt from the database: writers ask for it under the version's shared lock (and reload
 * if another instance changed it), readers take the last loaded one, refreshed every few seconds.
 */
@ApplicationScoped
public class Calendars {

    private static final Logger LOG = Logger.getLogger(Calendars.class);

    private record Loaded(long version, WorkingDayCalendar calendar) {}

    private final CalendarStore store;
    // Until the database is read at startup, the shipped file (the seed of the database) answers.
    private final AtomicReference<Loaded> loaded = new AtomicReference<>(new Loaded(-1, WorkingDayCalendar.official()));

    Calendars(CalendarStore store) {
        this.store = store;
    }

    public WorkingDayCalendar current() {
        return loaded.get().calendar();
    }

    /**
     * For a transaction that derives clocks: the calendar of the committed version. The shared lock on the version
     * row orders this transaction against a calendar change, so the change's recomputation sees its clocks.
     */
    public Uni<WorkingDayCalendar> forClockUpdate() {
        return store.versionLockedForShare().chain(this::atVersion);
    }

    /** Reloads if the stored version differs from the loaded one; needs a session. */
    public Uni<WorkingDayCalendar> refresh() {
        return store.version().chain(this::atVersion);
    }

    /** Installs a calendar a committed change produced. */
    void install(long version, WorkingDayCalendar calendar) {
        Loaded installed = loaded.accumulateAndGet(
                new Loaded(version, calendar),
                (old, candidate) -> candidate.version() >= old.version() ? candidate : old);
        LOG.infof("calendar version %d loaded: %s", installed.version(), installed.calendar());
    }

    @Scheduled(
            every = "${ogi.deadlines.calendar-refresh-every:10s}",
            delayed = "${ogi.deadlines.calendar-refresh-every:10s}")
    Uni<Void> refreshPeriodically() {
        return Panache.withSession(this::refresh).replaceWithVoid();
    }

    private Uni<WorkingDayCalendar> atVersion(long version) {
        Loaded current = loaded.get();
        if (current.version() == version) {
            return Uni.createFrom().item(current.calendar());
        }
        return store.load().map(years -> {
            WorkingDayCalendar calendar = WorkingDayCalendar.of(years);
            install(version, calendar);
            return calendar;
        });
    }
}
