package org.ogi.deadline.persistence;

/**
 * The alert sweep's statements, shared with the benchmark. Each takes up to {@code :batch} open clocks still to alert
 * (set-based, over a partial index that holds only those), marks them, records one {@code deadline_alert} row per
 * (clock, due date, alert) and returns the rows it recorded. Rows another sweep holds are skipped, not waited for; the
 * alert key makes each alert go out once even if a due date moves back to one already alerted.
 * Parameters: {@code :today} and {@code :horizon} (LocalDate), {@code :now} (OffsetDateTime), {@code :batch} (int).
 */
public final class AlertSweepSql {

    /** Clocks due from today up to the horizon (today plus the due-soon working days). */
    public static final String APPROACHING = sweep(
            "APPROACHING",
            "approaching_alerted",
            "due_date >= cast(:today as date) and due_date <= cast(:horizon as date)");

    /** Clocks whose due date passed unmet. */
    public static final String BREACHED = sweep("BREACHED", "breached_alerted", "due_date < cast(:today as date)");

    private static String sweep(String alert, String marker, String due) {
        return """
                with picked as (
                    select ctid from deadline_clock
                    where state = 'OPEN' and not %2$s and %3$s
                    limit cast(:batch as integer)
                    for update skip locked),
                marked as (
                    -- By row address: the rows are locked, so the addresses cannot change before the update.
                    update deadline_clock set %2$s = true
                    where ctid = any (array(select ctid from picked))
                    returning tracking_number, clock, due_date, agency),
                sent as (
                    insert into deadline_alert (tracking_number, clock, due_date, alert, agency, sent_at)
                    select tracking_number, clock, due_date, '%1$s', agency, cast(:now as timestamptz) from marked
                    on conflict do nothing
                    returning tracking_number, agency, clock, due_date)
                select tracking_number, agency, clock, cast(due_date as text) from sent""".formatted(alert, marker, due);
    }

    private AlertSweepSql() {}
}
