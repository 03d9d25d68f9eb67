package org.ogi.deadline.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.DeadlineEvents;
import org.ogi.contracts.v1.Events;
import org.ogi.deadline.config.DeadlineConfig;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.persistence.AlertSweepSql;
import org.ogi.platform.outbox.Outbox;

/**
 * Sends {@code ogi.deadline.approaching.v1} and {@code ogi.deadline.breached.v1} once per clock and due date. The
 * alert row and its outbox row commit together, so two instances sweeping at once, or a sweep after a restart, never
 * send an alert twice: the second insert of the same key does nothing (or waits for the first and then does nothing).
 */
@ApplicationScoped
public class AlertSweep {

    private static final Logger LOG = Logger.getLogger(AlertSweep.class);

    private final Calendars calendars;
    private final Outbox outbox;
    private final DeadlineConfig config;
    private final Clock clock;

    AlertSweep(Calendars calendars, Outbox outbox, DeadlineConfig config, Clock clock) {
        this.calendars = calendars;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public record Result(int approaching, int breached) {}

    @Scheduled(
            every = "${ogi.deadlines.alert-sweep-every:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweepPeriodically() {
        return sweep().replaceWithVoid();
    }

    /** Sweeps in batches, each in its own transaction, until no kind of alert fills a batch. */
    public Uni<Result> sweep() {
        return sweepBatch()
                .chain(batch ->
                        batch.approaching() < config.alertSweepBatch() && batch.breached() < config.alertSweepBatch()
                                ? Uni.createFrom().item(batch)
                                : sweep().map(rest -> new Result(
                                        batch.approaching() + rest.approaching(), batch.breached() + rest.breached())));
    }

    private Uni<Result> sweepBatch() {
        WorkingDayCalendar calendar = calendars.current();
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon =
                calendar.addWorkingDays(today, config.dueSoonWorkingDays()).date();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int batch = config.alertSweepBatch();
        return Panache.withTransaction(() -> Panache.getSession()
                        .chain(session -> session.createNativeQuery(AlertSweepSql.APPROACHING, Object[].class)
                                .setParameter("today", today)
                                .setParameter("horizon", horizon)
                                .setParameter("now", now)
                                .setParameter("batch", batch)
                                .getResultList()
                                .chain(approaching -> publish(
                                        approaching,
                                        row -> outbox.append(
                                                Events.DEADLINE_APPROACHING,
                                                row.trackingNumber(),
                                                new DeadlineEvents.Approaching(
                                                        row.trackingNumber(),
                                                        row.agency(),
                                                        row.clock(),
                                                        row.dueDate(),
                                                        calendar.workingDaysBetween(today, row.dueDate())))))
                                .chain(approaching -> session.createNativeQuery(AlertSweepSql.BREACHED, Object[].class)
                                        .setParameter("today", today)
                                        .setParameter("now", now)
                                        .setParameter("batch", batch)
                                        .getResultList()
                                        .chain(breached -> publish(
                                                breached,
                                                row -> outbox.append(
                                                        Events.DEADLINE_BREACHED,
                                                        row.trackingNumber(),
                                                        new DeadlineEvents.Breached(
                                                                row.trackingNumber(),
                                                                row.agency(),
                                                                row.clock(),
                                                                row.dueDate()))))
                                        .map(breached -> new Result(approaching, breached)))))
                .invoke(result -> {
                    if (result.approaching() + result.breached() > 0) {
                        LOG.infof(
                                "alerts sent on %s: %d approaching, %d breached",
                                today, result.approaching(), result.breached());
                    }
                });
    }

    private record AlertRow(String trackingNumber, String agency, ClockKey clock, LocalDate dueDate) {
        static AlertRow of(Object[] row) {
            return new AlertRow(
                    (String) row[0], (String) row[1], ClockKey.parse((String) row[2]), LocalDate.parse((String)
                            row[3]));
        }
    }

    private static Uni<Integer> publish(List<Object[]> rows, Function<AlertRow, Uni<?>> append) {
        return Multi.createFrom()
                .iterable(rows)
                .onItem()
                .transformToUniAndConcatenate(row -> append.apply(AlertRow.of(row)))
                .collect()
                .asList()
                .map(List::size);
    }
}
