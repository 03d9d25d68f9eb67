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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
import org.ogi.platform.persistence.MultiRowInsert;

/**
 * Records clock events and keeps each case's derived clocks in {@code deadline_clock}; runs inside the caller's
 * transaction. A clock's first due date is announced as scheduled, every later move as changed.
 */
@ApplicationScoped
public class Clocks {

    public static final String CALENDAR_CHANGED = "CALENDAR_CHANGED";

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    private static final MultiRowInsert<DeadlineClockEntity> INSERT = MultiRowInsert.<DeadlineClockEntity>into(
                    "deadline_clock")
            .set("tracking_number", r -> r.trackingNumber)
            .set("clock", r -> r.clock)
            .set("kind", r -> r.kind)
            .set("agency", r -> r.agency)
            .set("start_date", r -> r.startDate)
            .set("working_days", r -> r.workingDays)
            .set("due_date", r -> r.dueDate)
            .set("provisional", r -> r.provisional)
            .set("regime", r -> r.regime)
            .set("state", r -> r.state)
            .set("met_on", r -> r.metOn)
            .set("approaching_alerted", r -> r.approachingAlerted)
            .set("breached_alerted", r -> r.breachedAlerted);

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

    /** A clock event of a case to record, and the event it came from. */
    public record Recording(CloudEvent source, String trackingNumber, String agency, ClockEvent event) {}

    public Uni<Void> record(CloudEvent source, String trackingNumber, String agency, ClockEvent event) {
        return recordAll(List.of(new Recording(source, trackingNumber, agency, event)));
    }

    /**
     * Appends the events to their cases' clock events and derives those cases' clocks again, as if each were recorded
     * alone in this order (each event's new or moved due dates are announced), with a few statements for all: the
     * cases' events are read once before the append, and only cases that had events have clock rows to read.
     */
    public Uni<Void> recordAll(List<Recording> recordings) {
        Set<String> trackingNumbers = new LinkedHashSet<>();
        recordings.forEach(r -> trackingNumbers.add(r.trackingNumber()));
        List<ClockEventLog.Appended> appended = recordings.stream()
                .map(r -> new ClockEventLog.Appended(
                        r.trackingNumber(), r.agency(), r.event(), r.source().id()))
                .toList();
        return calendars
                .forClockUpdate()
                .chain(calendar -> log.loadAll(trackingNumbers)
                        .chain(earlier -> log.appendAll(appended, OffsetDateTime.now(clock))
                                .chain(() -> earlier.isEmpty()
                                        ? Uni.createFrom().item(List.<DeadlineClockEntity>of())
                                        : DeadlineClockEntity.<DeadlineClockEntity>list(
                                                "trackingNumber in ?1", earlier.keySet()))
                                .chain(rows -> storeAll(calendar, recordings, earlier, rows))));
    }

    /** Derives each recording's case again after it, over the stored rows and those derived before it. */
    private Uni<Void> storeAll(
            WorkingDayCalendar calendar,
            List<Recording> recordings,
            Map<String, ClockEventLog.CaseLog> earlier,
            List<DeadlineClockEntity> stored) {
        Map<String, ClockEventLog.CaseLog> logs = new HashMap<>(earlier);
        Map<String, Map<String, DeadlineClockEntity>> rows = new HashMap<>();
        stored.forEach(row ->
                rows.computeIfAbsent(row.trackingNumber, tn -> new HashMap<>()).put(row.clock, row));
        List<DeadlineClockEntity> created = new ArrayList<>();
        List<Outbox.Entry<?>> events = new ArrayList<>();
        for (Recording r : recordings) {
            ClockEventLog.CaseLog caseLog = ClockEventLog.CaseLog.after(
                    Optional.ofNullable(logs.get(r.trackingNumber())), r.agency(), r.event());
            logs.put(r.trackingNumber(), caseLog);
            derive(
                    calendar,
                    r.trackingNumber(),
                    caseLog,
                    rows.computeIfAbsent(r.trackingNumber(), tn -> new HashMap<>()),
                    created,
                    events,
                    ClockEventLog.kindOf(r.event()));
        }
        return persist(created, events);
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
        Map<String, DeadlineClockEntity> byId = rows.stream().collect(Collectors.toMap(r -> r.clock, r -> r));
        List<DeadlineClockEntity> created = new ArrayList<>();
        List<Outbox.Entry<?>> events = new ArrayList<>();
        derive(calendar, trackingNumber, caseLog, byId, created, events, reason);
        return persist(created, events);
    }

    /**
     * Derives the case's clocks and updates {@code byId}, its rows by clock id: new rows are added to it and to
     * {@code created}, the events announcing new or moved due dates to {@code events}.
     */
    private void derive(
            WorkingDayCalendar calendar,
            String trackingNumber,
            ClockEventLog.CaseLog caseLog,
            Map<String, DeadlineClockEntity> byId,
            List<DeadlineClockEntity> created,
            List<Outbox.Entry<?>> events,
            String reason) {
        for (DerivedClock d : CaseClocks.derive(calendar, caseLog.events(), config.clockRules())) {
            DeadlineClockEntity existing = byId.get(d.id().text());
            DeadlineClockEntity row = existing != null ? existing : new DeadlineClockEntity();
            if (existing == null) {
                created.add(row);
                byId.put(d.id().text(), row);
            }
            store(trackingNumber, caseLog.agency(), d, row, existing == null, reason)
                    .ifPresent(events::add);
        }
    }

    /**
     * New rows and every event announced go out with one statement each (Hibernate would insert the rows one by one);
     * a row changed again later in the transaction is changed through HQL or a fresh entity, never through these.
     */
    private Uni<Void> persist(List<DeadlineClockEntity> created, List<Outbox.Entry<?>> events) {
        return Panache.getSession()
                .chain(session -> INSERT.execute(session, created))
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
