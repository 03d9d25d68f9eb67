package org.ogi.contracts.v1;

import java.time.LocalDate;

/** Payloads of deadline-service's alerts and recomputations (topic {@code ogi.deadlines}). */
public final class DeadlineEvents {

    private DeadlineEvents() {}

    /** Sent once per clock and due date, a configured number of working days before it. */
    public record Approaching(
            String trackingNumber, String agency, ClockKey clock, LocalDate dueDate, int workingDaysLeft) {}

    /**
     * Sent once per clock and due date when it passed unmet. For a {@code CONFIRMATION} clock it is the intake
     * queue's alert that an ordinary letter was not confirmed on its arrival day (Art. 31(二)).
     */
    public record Breached(String trackingNumber, String agency, ClockKey clock, LocalDate dueDate) {}

    /** A clock's due date moved, e.g. because a calendar year was added or replaced. */
    public record Changed(
            String trackingNumber,
            String agency,
            ClockKey clock,
            LocalDate oldDueDate,
            LocalDate newDueDate,
            String reason,
            boolean provisional) {}
}
