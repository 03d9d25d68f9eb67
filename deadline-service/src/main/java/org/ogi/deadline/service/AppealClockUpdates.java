package org.ogi.deadline.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.contracts.v1.DeadlineEvents;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.Events;
import org.ogi.deadline.config.AppealClockConfig;
import org.ogi.deadline.domain.AppealDeadlines;
import org.ogi.deadline.domain.AppealDeadlines.AppealFacts;
import org.ogi.deadline.domain.AppealDeadlines.KeyedClock;
import org.ogi.deadline.domain.AppealFiling;
import org.ogi.deadline.domain.DerivedClock;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.persistence.AppealClockLog;
import org.ogi.deadline.persistence.DeadlineClockEntity;
import org.ogi.law.AppealKind;
import org.ogi.law.AppealProcedure;
import org.ogi.platform.outbox.Outbox;

/**
 * The clocks of appeals (issue 13 item 4), kept in {@code deadline_clock} beside the case clocks so the alert sweep
 * alerts them alike: keyed by the appeal number, or by the case for the remanded reply. Like a case's clocks they are
 * derived from the appeal's logged events ({@link AppealDeadlines#derive}) whenever one arrives or the calendar
 * changes: a new clock is announced as scheduled, a moved open one as changed, a met one stays as it was. Runs
 * inside the caller's transaction; the filing check is published for appeals-service.
 */
@ApplicationScoped
public class AppealClockUpdates {

    public static final String DECISION_PERIOD_EXTENDED = "DECISION_PERIOD_EXTENDED";

    private static final Logger LOG = Logger.getLogger(AppealClockUpdates.class);

    private static final List<ClockKind> APPEAL_CLOCK_KINDS = List.of(
            ClockKind.APPEAL_ANSWER,
            ClockKind.APPEAL_OUTCOME_EXPECTED,
            ClockKind.APPEAL_WINDOW_EXPECTED,
            ClockKind.REMAND_REPLY);

    private final Calendars calendars;
    private final AppealClockLog log;
    private final Outbox outbox;
    private final AppealClockConfig config;
    private final Clock clock;

    AppealClockUpdates(Calendars calendars, AppealClockLog log, Outbox outbox, AppealClockConfig config, Clock clock) {
        this.calendars = calendars;
        this.log = log;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    public Uni<Void> filed(CloudEvent event, AppealEvents.Filed filed) {
        return calendars
                .forClockUpdate()
                .chain(calendar -> logged(event, filed.appealNumber(), filed.agency())
                        .chain(() -> checkFiling(calendar, filed, filing(filed)))
                        .chain(() -> derive(calendar, filed.appealNumber(), filed.agency(), "FILED")));
    }

    public Uni<Void> answerSubmitted(AppealEvents.AnswerSubmitted submitted) {
        return meet(submitted.appealNumber(), List.of(ClockKind.APPEAL_ANSWER.name()), submitted.submittedOn());
    }

    /** The body's extension moves the expected decision (ARL 2023 Art. 62 ¶1, ARL 2017 Art. 31). */
    public Uni<Void> decisionPeriodExtended(CloudEvent event, AppealEvents.DecisionPeriodExtended extended) {
        return calendars
                .forClockUpdate()
                .chain(calendar -> logged(event, extended.appealNumber(), extended.agency())
                        .chain(() -> derive(
                                calendar, extended.appealNumber(), extended.agency(), DECISION_PERIOD_EXTENDED)));
    }

    /** The outcome ends the expected decision; a served decision opens the appeal window; a remand its new reply. */
    public Uni<Void> decided(CloudEvent event, AppealEvents.Decided decided) {
        return meet(
                        decided.appealNumber(),
                        List.of(ClockKind.APPEAL_ANSWER.name(), ClockKind.APPEAL_OUTCOME_EXPECTED.name()),
                        decided.decidedOn())
                .chain(() -> calendars.forClockUpdate())
                .chain(calendar -> logged(event, decided.appealNumber(), decided.agency())
                        .chain(() -> derive(calendar, decided.appealNumber(), decided.agency(), "DECIDED")));
    }

    /** A reply on a remanded case meets its open REMAND_REPLY clocks that started before it. */
    public Uni<Void> caseReplied(String trackingNumber, LocalDate repliedOn) {
        return DeadlineClockEntity.<DeadlineClockEntity>list(
                        "trackingNumber = ?1 and kind = ?2 and state = ?3 " + "and startDate <= ?4",
                        trackingNumber,
                        ClockKind.REMAND_REPLY,
                        DerivedClock.State.OPEN,
                        repliedOn)
                .invoke(rows -> rows.forEach(row -> {
                    row.state = DerivedClock.State.MET;
                    row.metOn = repliedOn;
                }))
                .replaceWithVoid();
    }

    public Uni<Void> withdrawn(AppealEvents.Withdrawn withdrawn) {
        return meet(
                withdrawn.appealNumber(),
                List.of(
                        ClockKind.APPEAL_ANSWER.name(),
                        ClockKind.APPEAL_OUTCOME_EXPECTED.name(),
                        ClockKind.APPEAL_WINDOW_EXPECTED.name()),
                withdrawn.withdrawnOn());
    }

    private Uni<Void> checkFiling(WorkingDayCalendar calendar, AppealEvents.Filed filed, AppealFiling filing) {
        AppealDeadlines.FilingCheck check;
        try {
            check = AppealDeadlines.checkFiling(calendar, filing, config.rules());
        } catch (IllegalArgumentException missingStart) {
            // e.g. no service date known yet: nothing to check, the clocks still run.
            LOG.infof("filing of %s not checked: %s", filed.appealNumber(), missingStart.getMessage());
            return Uni.createFrom().voidItem();
        }
        return outbox.append(
                        AppealEvents.FILING_CHECKED,
                        filed.appealNumber(),
                        new AppealEvents.FilingChecked(
                                filed.appealNumber(),
                                filed.agency(),
                                check.rule(),
                                check.periodStart(),
                                check.lastDay(),
                                check.filedOn(),
                                check.inTime(),
                                check.flags().stream().map(Enum::name).toList(),
                                check.explanation(),
                                check.provisional()))
                .replaceWithVoid();
    }

    /**
     * Derives again the clocks of every appeal with an open clock whose span touches {@code [from, to]}: those that
     * count working days, and those whose last day would move off a day that became a holiday (CPL Art. 85).
     */
    public Uni<Integer> recomputeOpenClocks(WorkingDayCalendar calendar, LocalDate from, LocalDate to, String reason) {
        return DeadlineClockEntity.<DeadlineClockEntity>list(
                        "kind in ?1 and state <> ?2 and startDate <= ?3 and dueDate >= ?4",
                        APPEAL_CLOCK_KINDS,
                        DerivedClock.State.MET,
                        to,
                        from)
                .chain(rows -> {
                    List<DeadlineClockEntity> appeals = rows.stream()
                            .collect(Collectors.toMap(
                                    AppealClockUpdates::appealNumber, row -> row, (a, b) -> a, LinkedHashMap::new))
                            .values()
                            .stream()
                            .toList();
                    return Multi.createFrom()
                            .iterable(appeals)
                            .onItem()
                            .transformToUniAndConcatenate(
                                    row -> derive(calendar, appealNumber(row), row.agency, reason))
                            .collect()
                            .asList()
                            .map(List::size);
                });
    }

    /** The appeal a clock belongs to: its key, or for a remanded reply (kept under the case) its qualifier. */
    private static String appealNumber(DeadlineClockEntity row) {
        return row.kind == ClockKind.REMAND_REPLY ? ClockKey.parse(row.clock).qualifier() : row.trackingNumber;
    }

    private Uni<Void> logged(CloudEvent event, String appealNumber, String agency) {
        return log.append(appealNumber, agency, event, OffsetDateTime.now(clock));
    }

    private Uni<Void> derive(WorkingDayCalendar calendar, String appealNumber, String agency, String reason) {
        return log.load(appealNumber).chain(events -> {
            List<KeyedClock> derived = AppealDeadlines.derive(calendar, appealNumber, facts(events), config.rules());
            return Multi.createFrom()
                    .iterable(derived)
                    .onItem()
                    .transformToUniAndConcatenate(c -> store(agency, c, reason))
                    .collect()
                    .asList()
                    .replaceWithVoid();
        });
    }

    /** What the logged events say; a redelivered event is never logged twice (the consumer dedupes first). */
    private AppealFacts facts(List<CloudEvent> events) {
        AppealFiling filing = null;
        int extensionDays = 0;
        AppealDeadlines.AppealDecision decision = null;
        for (CloudEvent e : events) {
            if (e.is(AppealEvents.FILED)) {
                filing = filing(e.dataAs(AppealEvents.FILED));
            } else if (e.is(AppealEvents.DECISION_PERIOD_EXTENDED)) {
                extensionDays = e.dataAs(AppealEvents.DECISION_PERIOD_EXTENDED).days();
            } else if (e.is(AppealEvents.DECIDED)) {
                AppealEvents.Decided d = e.dataAs(AppealEvents.DECIDED);
                decision = new AppealDeadlines.AppealDecision(
                        d.trackingNumbers(),
                        d.form(),
                        d.servedOn(),
                        d.replyAgain(),
                        d.replyAgainBy(),
                        d.replyAgainWorkingDays());
            }
        }
        return new AppealFacts(filing, extensionDays, decision);
    }

    private AppealFiling filing(AppealEvents.Filed filed) {
        return new AppealFiling(
                AppealKind.valueOf(filed.kind()),
                "NON_PERFORMANCE".equals(filed.against()),
                AppealProcedure.valueOf(filed.procedure()),
                filed.filedOn(),
                filed.copyReceivedOn(),
                filed.acceptedOn(),
                filed.knewOn(),
                filed.actOn(),
                filed.replyDueDate(),
                filed.remediesTold(),
                filed.replyOutcomeGroup() != null
                        && config.rules().refusalOutcomeGroups().contains(filed.replyOutcomeGroup()),
                "RULING".equals(filed.appealedForm()));
    }

    /** A new clock is scheduled; an open one that moved is changed; a met one is left as it was met. */
    private Uni<Void> store(String agency, KeyedClock keyed, String reason) {
        String key = keyed.key();
        ClockKey id = keyed.id();
        AppealDeadlines.AppealClock derived = keyed.clock();
        return DeadlineClockEntity.<DeadlineClockEntity>find("trackingNumber = ?1 and clock = ?2", key, id.text())
                .firstResult()
                .chain(existing -> {
                    if (existing == null) {
                        return schedule(key, agency, id, derived);
                    }
                    if (existing.state == DerivedClock.State.MET
                            || Objects.equals(existing.dueDate, derived.dueDate())) {
                        return Uni.createFrom().voidItem();
                    }
                    LocalDate oldDue = existing.dueDate;
                    existing.startDate = derived.startDate();
                    existing.workingDays = derived.workingDays();
                    existing.dueDate = derived.dueDate();
                    existing.provisional = derived.provisional();
                    existing.regime = derived.basis();
                    // The new date is alerted again.
                    existing.approachingAlerted = false;
                    existing.breachedAlerted = false;
                    LOG.infof("%s %s due %s, was %s (%s)", key, id.text(), existing.dueDate, oldDue, reason);
                    return outbox.append(
                                    Events.DEADLINE_CHANGED,
                                    key,
                                    new DeadlineEvents.Changed(
                                            key,
                                            existing.agency,
                                            id,
                                            oldDue,
                                            existing.dueDate,
                                            reason,
                                            existing.provisional))
                            .replaceWithVoid();
                });
    }

    private Uni<Void> schedule(String key, String agency, ClockKey clock, AppealDeadlines.AppealClock derived) {
        DeadlineClockEntity row = new DeadlineClockEntity();
        row.trackingNumber = key;
        row.clock = clock.text();
        row.kind = clock.kind();
        row.agency = agency;
        row.startDate = derived.startDate();
        row.workingDays = derived.workingDays();
        row.dueDate = derived.dueDate();
        row.provisional = derived.provisional();
        row.regime = derived.basis();
        row.state = DerivedClock.State.OPEN;
        LOG.infof("%s %s due %s (%s)", key, row.clock, row.dueDate, row.regime);
        return row.persist()
                .chain(() -> outbox.append(
                        Events.DEADLINE_SCHEDULED,
                        key,
                        new DeadlineScheduled(
                                key,
                                agency,
                                clock,
                                row.startDate,
                                row.workingDays,
                                row.dueDate,
                                row.provisional,
                                row.regime)))
                .replaceWithVoid();
    }

    private Uni<Void> meet(String appealNumber, List<String> clocks, LocalDate on) {
        return DeadlineClockEntity.<DeadlineClockEntity>list(
                        "trackingNumber = ?1 and clock in ?2 and state = ?3",
                        appealNumber,
                        clocks,
                        DerivedClock.State.OPEN)
                .invoke(rows -> rows.forEach(row -> {
                    row.state = DerivedClock.State.MET;
                    row.metOn = on;
                }))
                .replaceWithVoid();
    }
}
