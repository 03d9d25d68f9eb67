package org.ogi.deadline.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.Events;
import org.ogi.deadline.config.AppealClockConfig;
import org.ogi.deadline.domain.AppealDeadlines;
import org.ogi.deadline.domain.AppealDeadlines.AppealClock;
import org.ogi.deadline.domain.AppealFiling;
import org.ogi.deadline.domain.DerivedClock;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.persistence.DeadlineClockEntity;
import org.ogi.law.AppealKind;
import org.ogi.law.AppealProcedure;
import org.ogi.platform.outbox.Outbox;

/**
 * The clocks of appeals (issue 13 item 4), kept in {@code deadline_clock} beside the case clocks so the alert sweep
 * alerts them alike: keyed by the appeal number, or by the case for the remanded reply. Runs inside the consuming
 * transaction; each clock is announced as scheduled, and the filing check is published for appeals-service.
 */
@ApplicationScoped
public class AppealClockUpdates {

    private static final Logger LOG = Logger.getLogger(AppealClockUpdates.class);

    private final Calendars calendars;
    private final Outbox outbox;
    private final AppealClockConfig config;

    AppealClockUpdates(Calendars calendars, Outbox outbox, AppealClockConfig config) {
        this.calendars = calendars;
        this.outbox = outbox;
        this.config = config;
    }

    public Uni<Void> filed(AppealEvents.Filed filed) {
        AppealFiling filing = new AppealFiling(
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
        return calendars.forClockUpdate().chain(calendar -> {
            List<AppealClock> clocks = new ArrayList<>();
            AppealDeadlines.answer(calendar, filing).ifPresent(clocks::add);
            AppealDeadlines.expectedOutcome(calendar, filing).ifPresent(clocks::add);
            return checkFiling(calendar, filed, filing)
                    .chain(() -> storeAll(filed.appealNumber(), filed.agency(), clocks));
        });
    }

    public Uni<Void> answerSubmitted(AppealEvents.AnswerSubmitted submitted) {
        return meet(submitted.appealNumber(), List.of(ClockKind.APPEAL_ANSWER.name()), submitted.submittedOn());
    }

    /** The outcome ends the expected decision; a served decision opens the appeal window; a remand its new reply. */
    public Uni<Void> decided(AppealEvents.Decided decided) {
        LocalDate ended = decided.decidedOn();
        Uni<Void> met = meet(
                decided.appealNumber(),
                List.of(ClockKind.APPEAL_ANSWER.name(), ClockKind.APPEAL_OUTCOME_EXPECTED.name()),
                ended);
        if (decided.servedOn() == null) {
            return met;
        }
        return met.chain(() -> calendars.forClockUpdate()).chain(calendar -> {
            Uni<Void> window = store(
                    decided.appealNumber(),
                    decided.agency(),
                    ClockKey.of(ClockKind.APPEAL_WINDOW_EXPECTED),
                    AppealDeadlines.appealWindow(calendar, decided.form(), decided.servedOn()));
            if (!decided.replyAgain()) {
                return window;
            }
            AppealClock remand = AppealDeadlines.remandReply(
                    calendar,
                    decided.servedOn(),
                    decided.replyAgainBy(),
                    decided.replyAgainWorkingDays(),
                    config.rules());
            return window.chain(() -> Multi.createFrom()
                    .iterable(decided.trackingNumbers())
                    .onItem()
                    .transformToUniAndConcatenate(tn -> store(
                            tn, decided.agency(), ClockKey.of(ClockKind.REMAND_REPLY, decided.appealNumber()), remand))
                    .collect()
                    .last()
                    .replaceWithVoid());
        });
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

    private Uni<Void> storeAll(String appealNumber, String agency, List<AppealClock> clocks) {
        return Multi.createFrom()
                .iterable(clocks)
                .onItem()
                .transformToUniAndConcatenate(c -> store(
                        appealNumber,
                        agency,
                        ClockKey.of(ClockKind.valueOf(c.kind().name())),
                        c))
                .collect()
                .last()
                .replaceWithVoid();
    }

    private Uni<Void> store(String key, String agency, ClockKey clock, AppealClock derived) {
        return DeadlineClockEntity.<DeadlineClockEntity>find("trackingNumber = ?1 and clock = ?2", key, clock.text())
                .firstResult()
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().voidItem();
                    }
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
                });
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
