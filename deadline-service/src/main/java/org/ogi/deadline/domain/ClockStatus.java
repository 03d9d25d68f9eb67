package org.ogi.deadline.domain;

/** How a running clock stands on a given day. */
public enum ClockStatus {
    RUNNING,
    PAUSED,
    MET,
    DUE_SOON,
    OVERDUE;

    /** Status of an unmet, unpaused clock on {@code today}. */
    public static ClockStatus of(int workingDaysLeft, boolean pastDue, int dueSoonWorkingDays) {
        if (pastDue) {
            return OVERDUE;
        }
        return workingDaysLeft <= dueSoonWorkingDays ? DUE_SOON : RUNNING;
    }
}
