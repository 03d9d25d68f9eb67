package org.ogi.deadline.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.deadline.config.DeadlineConfig;
import org.ogi.deadline.domain.DerivedClock;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.persistence.DeadlineClockEntity;

/** An agency's open clocks that are due soon or overdue, earliest first. */
@ApplicationScoped
public class AgencyDeadlines {

    /** @param workingDaysLeft negative once overdue */
    public record Due(
            String trackingNumber,
            String kind,
            String clock,
            LocalDate dueDate,
            int workingDaysLeft,
            boolean provisional) {}

    public record DueList(LocalDate today, List<Due> clocks) {}

    private final Calendars calendars;
    private final DeadlineConfig config;
    private final Clock clock;

    AgencyDeadlines(Calendars calendars, DeadlineConfig config, Clock clock) {
        this.calendars = calendars;
        this.config = config;
        this.clock = clock;
    }

    /** Due from today to the configured number of working days ahead; {@code kind} null for every kind. */
    @WithSession
    public Uni<DueList> dueSoon(String agency, int limit, ClockKind kind) {
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = calendars
                .current()
                .addWorkingDays(today, config.dueSoonWorkingDays())
                .date();
        return query(agency, "dueDate >= ?2 and dueDate <= ?3", limit, kind, today, horizon);
    }

    @WithSession
    public Uni<DueList> overdue(String agency, int limit, ClockKind kind) {
        return query(agency, "dueDate < ?2", limit, kind, LocalDate.now(clock));
    }

    private Uni<DueList> query(
            String agency, String due, int limit, ClockKind kind, LocalDate today, Object... bounds) {
        WorkingDayCalendar calendar = calendars.current();
        List<Object> parameters = new ArrayList<>(List.of(agency, today));
        parameters.addAll(List.of(bounds));
        parameters.add(DerivedClock.State.OPEN);
        String open = "state = ?" + parameters.size();
        String ofKind = "";
        if (kind != null) {
            parameters.add(kind);
            ofKind = " and kind = ?" + parameters.size();
        }
        return DeadlineClockEntity.<DeadlineClockEntity>find(
                        "agency = ?1 and " + open + " and " + due + ofKind + " order by dueDate, trackingNumber",
                        parameters.toArray())
                .page(0, limit)
                .list()
                .map(rows -> new DueList(
                        today,
                        rows.stream()
                                .map(c -> new Due(
                                        c.trackingNumber,
                                        c.kind.name(),
                                        c.clock,
                                        c.dueDate,
                                        calendar.workingDaysBetween(today, c.dueDate),
                                        c.provisional))
                                .toList()));
    }
}
