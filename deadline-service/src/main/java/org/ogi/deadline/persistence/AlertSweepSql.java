package org.ogi.deadline.persistence;

/**
 * The alert sweep's statements, shared with the benchmark. Each finds the due clocks set-based over the partial index
 * {@code deadline_clock_open_due}, records one {@code deadline_alert} row per (clock, due date, alert) and returns the
 * rows it recorded; the primary key keeps a second sweep, on this or another instance, from recording them again.
 * Parameters: {@code :today} and {@code :horizon} (LocalDate), {@code :now} (OffsetDateTime).
 */
public final class AlertSweepSql {

    /** Clocks due from today up to the horizon (today plus the due-soon working days). */
    public static final String APPROACHING = sweep("APPROACHING",
            "c.due_date >= cast(:today as date) and c.due_date <= cast(:horizon as date)");

    /** Clocks whose due date passed unmet. */
    public static final String BREACHED = sweep("BREACHED", "c.due_date < cast(:today as date)");

    private static String sweep(String alert, String due) {
        return """
                with sent as (
                    insert into deadline_alert (tracking_number, clock, due_date, alert, agency, sent_at)
                    select c.tracking_number, c.clock, c.due_date, '%1$s', c.agency, cast(:now as timestamptz)
                    from deadline_clock c
                    where c.state = 'OPEN' and %2$s
                      and not exists (select 1 from deadline_alert a
                                      where a.tracking_number = c.tracking_number and a.clock = c.clock
                                        and a.due_date = c.due_date and a.alert = '%1$s')
                    on conflict do nothing
                    returning tracking_number, agency, clock, due_date)
                select tracking_number, agency, clock, cast(due_date as text) from sent""".formatted(alert, due);
    }

    private AlertSweepSql() {
    }
}
