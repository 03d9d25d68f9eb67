package org.ogi.deadline.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.law.ReplyRegime;

/**
 * One clock of a case as derived from its clock events.
 *
 * @param id          unique within the case: the kind, plus the consultation or fee id where a case can have several
 * @param workingDays the period in working days, including any granted extension, excluding pauses
 * @param metOn       the day the clock stopped (met, or ended with the case); null while it runs
 * @param suspended   true while the clock waits for something with no known end (a correction, a 2008 consultation)
 * @param pauses      windows whose working days were left out of the period
 * @param explanation the steps that produced the due date, in words
 */
public record DerivedClock(
        ClockKey id,
        LocalDate startDate,
        int workingDays,
        ReplyRegime regime,
        LocalDate dueDate,
        boolean provisional,
        LocalDate metOn,
        boolean suspended,
        List<Pause> pauses,
        List<String> explanation) {

    public DerivedClock {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dueDate, "dueDate");
        pauses = List.copyOf(pauses);
        explanation = List.copyOf(explanation);
    }

    public ClockKind kind() {
        return id.kind();
    }

    /** Inclusive range of days during which the clock stood still. */
    public record Pause(LocalDate from, LocalDate to) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }

    /** How the clock is kept for queries and alerts: only OPEN clocks are alerted. */
    public enum State {
        OPEN,
        SUSPENDED,
        MET
    }

    public State state() {
        if (metOn != null) {
            return State.MET;
        }
        return suspended ? State.SUSPENDED : State.OPEN;
    }

    /** Working days from {@code today} (excluded) to the due date (included); negative once past due. */
    public int workingDaysLeft(WorkingDayCalendar calendar, LocalDate today) {
        return calendar.workingDaysBetween(today, dueDate);
    }

    public ClockStatus status(WorkingDayCalendar calendar, LocalDate today, int dueSoonWorkingDays) {
        if (metOn != null) {
            return ClockStatus.MET;
        }
        if (suspended || pauses.stream().anyMatch(p -> p.contains(today))) {
            return ClockStatus.PAUSED;
        }
        return ClockStatus.of(workingDaysLeft(calendar, today), today.isAfter(dueDate), dueSoonWorkingDays);
    }
}
