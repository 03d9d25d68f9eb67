package org.ogi.deadline.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.v1.DeadlineEvents;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.Events;
import org.ogi.deadline.config.DeadlineConfig;
import org.ogi.deadline.domain.CaseClocks;
import org.ogi.deadline.domain.ClockEvent;
import org.ogi.deadline.domain.DerivedClock;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.persistence.ClockEventLog;
import org.ogi.deadline.persistence.DeadlineClockEntity;
import org.ogi.platform.outbox.Outbox;

/**
 * Records clock events and keeps each case's derived clocks in {@code deadline_clock}; runs inside the caller's
 * transaction. A clock's first due date is announced as scheduled, every later move as changed.
 */
@ApplicationScoped
public class Clocks {

    public static final String CALENDAR_CHANGED = "CALENDAR_CHANGED";

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    private final Calendars calendars;
    private final ClockEventLog log;
    private final Outbox outbox;
    private final DeadlineConfig config;
    private final Clock clock;

    Clocks(Calendars calendars, ClockEventLog log, Outbox outbox, DeadlineConfig config, Clock clock) {
        this.calendars = calendars;
        this.log = log;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Appends the event to the case's clock events and derives its clocks again. The events are read before the
     * append and the new one added in memory (no second read); a case without earlier events has no clock rows yet.
     */
    public Uni<Void> record(CloudEvent source, String trackingNumber, String agency, ClockEvent event) {
        return calendars
                .forClockUpdate()
                .chain(calendar -> log.load(trackingNumber)
                        .chain(earlier -> log.append(
                                        trackingNumber, agency, event, source.id(), OffsetDateTime.now(clock))
                                .chain(() -> earlier.isPresent()
                                        ? DeadlineClockEntity.<DeadlineClockEntity>list(
                                                "trackingNumber", trackingNumber)
                                        : Uni.createFrom().item(List.<DeadlineClockEntity>of()))
                                .chain(rows -> store(
                                        calendar,
                                        trackingNumber,
                                        ClockEventLog.CaseLog.after(earlier, agency, event),
                                        rows,
                                        ClockEventLog.kindOf(event)))));
    }

    /** The clocks of a case as derived now; empty if it has no clock events. */
    @WithSession
    public Uni<Derived> derive(String trackingNumber) {
        WorkingDayCalendar calendar = calendars.current();
        return log.load(trackingNumber)
                .map(caseLog -> caseLog.map(l -> new Derived(
                                l.agency(), calendar, CaseClocks.derive(calendar, l.events(), config.clockRules())))
                        .orElse(null));
    }

    public record Derived(String agency, WorkingDayCalendar calendar, List<DerivedClock> clocks) {}

    /**
     * Derives again every clock that is not met and whose span touches {@code [from, to]}; returns how many cases
     * were looked at.
     */
    Uni<Integer> recomputeOpenClocks(WorkingDayCalendar calendar, LocalDate from, LocalDate to, String reason) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        select distinct tracking_number from deadline_clock
                        where state <> 'MET' and start_date <= :to and due_date >= :from""", String.class)
                        .setParameter("from", from)
                        .setParameter("to", to)
                        .getResultList())
                .chain(trackingNumbers -> Multi.createFrom()
                        .iterable(trackingNumbers)
                        .onItem()
                        .transformToUniAndConcatenate(tn -> recompute(calendar, tn, reason))
                        .collect()
                        .asList()
                        .map(List::size));
    }

    private Uni<Void> recompute(WorkingDayCalendar calendar, String trackingNumber, String reason) {
        return log.load(trackingNumber)
                .chain(caseLog -> caseLog.isEmpty()
                        ? Uni.createFrom().voidItem()
                        : DeadlineClockEntity.<DeadlineClockEntity>list("trackingNumber", trackingNumber)
                                .chain(rows -> store(calendar, trackingNumber, caseLog.get(), rows, reason)));
    }

    /** Derives the case's clocks from its events and stores them over {@code rows}, the case's stored clocks. */
    private Uni<Void> store(
            WorkingDayCalendar calendar,
            String trackingNumber,
            ClockEventLog.CaseLog caseLog,
            List<DeadlineClockEntity> rows,
            String reason) {
        String agency = caseLog.agency();
        List<DerivedClock> derived = CaseClocks.derive(calendar, caseLog.events(), config.clockRules());
        Map<String, DeadlineClockEntity> byId =
                rows.stream().collect(Collectors.toMap(r -> r.clock, Function.identity()));
        List<DeadlineClockEntity> created = new ArrayList<>();
        List<Outbox.Entry<?>> events = new ArrayList<>();
        for (DerivedClock d : derived) {
            DeadlineClockEntity existing = byId.get(d.id().text());
            DeadlineClockEntity row = existing != null ? existing : new DeadlineClockEntity();
            if (existing == null) {
                created.add(row);
            }
            store(trackingNumber, agency, d, row, existing == null, reason).ifPresent(events::add);
        }
        // New rows and every event the recomputation announces go out with one statement each.
        return Panache.getSession()
                .chain(session -> session.persistAll(created.toArray()))
                .chain(() -> outbox.appendAll(events))
                .replaceWithVoid();
    }

    /** Updates {@code row} to the derived clock; the event announcing a new or moved due date, if any. */
    private Optional<Outbox.Entry<?>> store(
            String trackingNumber,
            String agency,
            DerivedClock derived,
            DeadlineClockEntity row,
            boolean created,
            String reason) {
        LocalDate oldDue = row.dueDate;
        row.trackingNumber = trackingNumber;
        row.clock = derived.id().text();
        row.kind = derived.kind();
        row.agency = agency;
        row.startDate = derived.startDate();
        row.workingDays = derived.workingDays();
        row.dueDate = derived.dueDate();
        row.provisional = derived.provisional();
        row.regime = derived.regime().name();
        row.state = derived.state();
        row.metOn = derived.metOn();
        if (created) {
            LOG.debugf("%s due %s", row.clock, row.dueDate);
            return Optional.of(new Outbox.Entry<>(
                    Events.DEADLINE_SCHEDULED,
                    trackingNumber,
                    new DeadlineScheduled(
                            trackingNumber,
                            agency,
                            derived.id(),
                            row.startDate,
                            row.workingDays,
                            row.dueDate,
                            row.provisional,
                            row.regime)));
        }
        if (Objects.equals(oldDue, row.dueDate)) {
            return Optional.empty();
        }
        row.approachingAlerted = false;
        row.breachedAlerted = false;
        LOG.debugf("%s due %s, was %s (%s)", row.clock, row.dueDate, oldDue, reason);
        return Optional.of(new Outbox.Entry<>(
                Events.DEADLINE_CHANGED,
                trackingNumber,
                new DeadlineEvents.Changed(
                        trackingNumber, agency, derived.id(), oldDue, row.dueDate, reason, row.provisional)));
    }
}
