package org.ogi.deadline.domain;

import org.ogi.law.ConsultationKind;

import org.ogi.law.ReplyRegime;

import org.ogi.deadline.domain.ClockEvent.Accepted;
import org.ogi.deadline.domain.ClockEvent.ConsultationEnded;
import org.ogi.deadline.domain.ClockEvent.ConsultationStarted;
import org.ogi.deadline.domain.ClockEvent.Corrected;
import org.ogi.deadline.domain.ClockEvent.CorrectionRequested;
import org.ogi.deadline.domain.ClockEvent.Extended;
import org.ogi.deadline.domain.ClockEvent.FeeNoticeIssued;
import org.ogi.deadline.domain.ClockEvent.FeePaid;
import org.ogi.deadline.domain.ClockEvent.Received;
import org.ogi.deadline.domain.ClockEvent.Replied;
import org.ogi.deadline.domain.ClockEvent.Stopped;
import org.ogi.deadline.domain.DerivedClock.Pause;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Derives every clock of a case from its clock events (ogi-rules §1.4, §1.6–1.8, §1.13): the same events and
 * calendar always give the same clocks, so a calendar change or a late event is handled by deriving again.
 */
public final class CaseClocks {

    private final WorkingDayCalendar calendar;
    private final ClockRules rules;
    private final List<ClockEvent> events;
    private final ReplyRegime regime;

    private CaseClocks(WorkingDayCalendar calendar, List<ClockEvent> events, ClockRules rules) {
        this.calendar = calendar;
        this.rules = rules;
        // Stable sort: events of the same day keep the order in which they were recorded.
        this.events = events.stream().sorted(Comparator.comparing(ClockEvent::occurredOn)).toList();
        this.regime = ReplyRegime.forReceivedDate(first(Received.class).map(Received::receivedDate)
                .orElse(this.events.isEmpty() ? ReplyRegime.OGI_2019_IN_FORCE : this.events.get(0).occurredOn()));
    }

    public static List<DerivedClock> derive(WorkingDayCalendar calendar, List<ClockEvent> events, ClockRules rules) {
        return new CaseClocks(calendar, events, rules).all();
    }

    private List<DerivedClock> all() {
        List<DerivedClock> clocks = new ArrayList<>();
        first(Received.class).ifPresent(received -> {
            clocks.add(reply(received.receivedDate()));
            if (regime.hasCorrectionNoticePeriod()) {
                clocks.add(correctionNotice(received.receivedDate()));
            }
        });
        last(CorrectionRequested.class).ifPresent(notice -> clocks.add(correctionPeriod(notice)));
        if (regime.hasConsultationAnswerPeriod()) {
            all(ConsultationStarted.class).forEach(consultation -> clocks.add(consultationAnswer(consultation)));
        }
        all(FeeNoticeIssued.class).forEach(notice -> clocks.add(feePayment(notice)));
        return clocks;
    }

    private DerivedClock correctionNotice(LocalDate received) {
        int days = ClockRules.CORRECTION_NOTICE_WORKING_DAYS;
        CalendarAnswer due = calendar.addWorkingDays(received, days);
        List<String> lines = new ArrayList<>();
        lines.add(startLine("received", received));
        lines.add(days + " working days to send the one correction notice (Art. 30)");
        lines.add(dueLine(due));
        Optional<ClockEvent> end = firstMatching(e -> e instanceof CorrectionRequested || e instanceof Accepted
                || e instanceof Replied || e instanceof Stopped);
        end.ifPresent(e -> lines.add(e instanceof CorrectionRequested n ? "met: correction notice sent on " + n.noticeDate()
                : e instanceof Stopped ? stoppedLine(e)
                : "met: " + (e instanceof Accepted ? "accepted" : "replied") + " on " + e.occurredOn()
                + " without a correction notice"));
        return new DerivedClock(ClockKind.CORRECTION_NOTICE.name(), ClockKind.CORRECTION_NOTICE, received, days,
                regime, due.date(), due.provisional(), end.map(ClockEvent::occurredOn).orElse(null), false,
                List.of(), lines);
    }

    private DerivedClock reply(LocalDate received) {
        int days = regime.replyWorkingDays();
        List<String> lines = new ArrayList<>();
        lines.add(startLine("received", received));
        lines.add(days + " working days under " + regime
                + ", counted on the official calendar with its make-up working days");
        LocalDate start = received;
        Optional<Corrected> corrected = last(Corrected.class);
        if (corrected.isPresent() && corrected.get().correctedReceivedDate().isAfter(received)) {
            start = corrected.get().correctedReceivedDate();
            lines.add("restart: the corrected application was received on " + start + ", so the " + days
                    + " working days run again from the next day (Art. 30)");
        }
        LocalDate due = calendar.addWorkingDays(start, days).date();
        boolean suspended = false;
        Optional<CorrectionRequested> notice = last(CorrectionRequested.class);
        if (notice.isPresent() && corrected.map(c -> c.correctedReceivedDate().isBefore(notice.get().noticeDate()))
                .orElse(true)) {
            suspended = true;
            lines.add("paused: correction notice sent on " + notice.get().noticeDate()
                    + "; the period restarts from the day the corrected application is received");
        }

        for (ConsultationStarted consultation : all(ConsultationStarted.class)) {
            if (!regime.excludes(consultation.kind())) {
                lines.add("counted: consultation of another agency " + consultation.consultationId() + " from "
                        + consultation.letterSentOn() + ", because " + regime + " excludes only third-party consultations");
            }
        }
        if (!rules.excludeFeeWait()) {
            all(FeeNoticeIssued.class).forEach(fee -> lines.add("counted: the wait for payment of fee notice "
                    + fee.feeId() + " from " + fee.noticeDate() + " (the fee wait is configured as counted)"));
        }
        List<Pause> pauses = new ArrayList<>();
        int extended = 0;
        for (Step step : steps(start)) {
            if (step instanceof Window window) {
                if (window.to() == null) {
                    suspended = true;
                    lines.add("paused: " + window.what() + " from " + window.from() + ", " + window.endReason());
                } else if (window.from().isAfter(due)) {
                    lines.add("not excluded: " + window.what() + " from " + window.from()
                            + " began after the period ended on " + due);
                } else {
                    // The working days left when the window opened run again after it closes.
                    int remaining = calendar.workingDaysBetween(window.from().minusDays(1), due);
                    int excluded = calendar.workingDaysBetween(window.from().minusDays(1), window.to());
                    LocalDate moved = calendar.addWorkingDays(window.to(), remaining).date();
                    lines.add("paused: " + window.what() + " from " + window.from() + " to " + window.to() + " ("
                            + window.endReason() + "): " + excluded + " working days not counted; due moves from "
                            + due + " to " + moved);
                    pauses.add(new Pause(window.from(), window.to()));
                    due = moved;
                }
            } else if (step instanceof Extension ext) {
                Extended extension = ext.extension();
                int granted = Math.min(extension.workingDays(), regime.maxExtensionWorkingDays() - extended);
                if (granted <= 0) {
                    lines.add("extension approved on " + extension.occurredOn() + " not applied: the maximum of "
                            + regime.maxExtensionWorkingDays() + " working days is already used");
                    continue;
                }
                LocalDate moved = calendar.addWorkingDays(due, granted).date();
                lines.add("extension: " + granted + " working days approved on " + extension.occurredOn()
                        + ", counted from the due date " + due + ": due moves to " + moved
                        + (granted < extension.workingDays()
                        ? " (" + extension.workingDays() + " asked, capped at " + regime.maxExtensionWorkingDays()
                        + " under " + regime + ")" : ""));
                extended += granted;
                due = moved;
            }
        }
        boolean provisional = calendar.isProvisional(start.plusDays(1), due);
        lines.add(dueLine(new CalendarAnswer(due, provisional)));
        Optional<ClockEvent> end = firstMatching(e -> e instanceof Replied || e instanceof Stopped);
        end.ifPresent(e -> lines.add(e instanceof Replied r ? "met: replied on " + r.repliedOn() : stoppedLine(e)));
        return new DerivedClock(ClockKind.REPLY.name(), ClockKind.REPLY, start, days + extended, regime, due,
                provisional, end.map(ClockEvent::occurredOn).orElse(null), suspended, pauses, lines);
    }

    private DerivedClock correctionPeriod(CorrectionRequested notice) {
        boolean named = notice.periodWorkingDays() > 0;
        int days = named ? notice.periodWorkingDays() : rules.defaultCorrectionPeriodWorkingDays();
        CalendarAnswer due = calendar.addWorkingDays(notice.noticeDate(), days);
        List<String> lines = new ArrayList<>();
        lines.add(startLine("correction notice sent", notice.noticeDate()));
        lines.add(days + " working days for the applicant to correct, "
                + (named ? "as set in the notice (Art. 30)" : "the agency's default (the notice named no period)"));
        lines.add(dueLine(due));
        Optional<ClockEvent> end = firstMatching(e -> !e.occurredOn().isBefore(notice.noticeDate())
                && (e instanceof Corrected || e instanceof Stopped));
        end.ifPresent(e -> lines.add(e instanceof Corrected c
                ? "met: corrected application received on " + c.correctedReceivedDate() : stoppedLine(e)));
        return new DerivedClock(ClockKind.CORRECTION_PERIOD.name(), ClockKind.CORRECTION_PERIOD, notice.noticeDate(),
                days, regime, due.date(), due.provisional(), end.map(ClockEvent::occurredOn).orElse(null), false,
                List.of(), lines);
    }

    private DerivedClock consultationAnswer(ConsultationStarted consultation) {
        ClockKind kind = consultation.kind() == ConsultationKind.THIRD_PARTY
                ? ClockKind.THIRD_PARTY_ANSWER : ClockKind.OTHER_AGENCY_ANSWER;
        int days = ClockRules.CONSULTATION_ANSWER_WORKING_DAYS;
        List<String> lines = new ArrayList<>();
        LocalDate start = answerPeriodStart(consultation);
        lines.add(consultation.letterReceivedOn() != null
                ? startLine("consultation letter received by the consulted party", start)
                : "consultation letter sent on " + start + "; its receipt is not recorded, so the period is counted"
                + " from the day it was sent");
        lines.add(days + " working days to answer (" + (kind == ClockKind.THIRD_PARTY_ANSWER ? "Art. 32" : "Art. 34")
                + ")");
        CalendarAnswer due = calendar.addWorkingDays(start, days);
        lines.add(dueLine(due));
        Optional<ClockEvent> end = firstMatching(e -> e instanceof ConsultationEnded ended
                && ended.consultationId().equals(consultation.consultationId()) || e instanceof Stopped);
        end.ifPresent(e -> lines.add(e instanceof ConsultationEnded ended
                ? "ended on " + ended.answeredOn() + ": " + ended.outcome() : stoppedLine(e)));
        return new DerivedClock(kind.name() + ":" + consultation.consultationId(), kind, start, days, regime,
                due.date(), due.provisional(), end.map(ClockEvent::occurredOn).orElse(null), false, List.of(), lines);
    }

    private DerivedClock feePayment(FeeNoticeIssued notice) {
        int days = ClockRules.FEE_PAYMENT_WORKING_DAYS;
        CalendarAnswer due = calendar.addWorkingDays(notice.noticeDate(), days);
        List<String> lines = new ArrayList<>();
        lines.add(startLine("fee notice " + notice.feeId() + " issued", notice.noticeDate()));
        lines.add(days + " working days to pay; unpaid, the request is deemed abandoned (fee measures, §1.13)");
        lines.add(dueLine(due));
        Optional<ClockEvent> end = firstMatching(e -> e instanceof FeePaid paid && paid.feeId().equals(notice.feeId())
                || e instanceof Stopped);
        end.ifPresent(e -> lines.add(e instanceof FeePaid paid ? "met: paid on " + paid.paidOn() : stoppedLine(e)));
        return new DerivedClock(ClockKind.FEE_PAYMENT.name() + ":" + notice.feeId(), ClockKind.FEE_PAYMENT,
                notice.noticeDate(), days, regime, due.date(), due.provisional(),
                end.map(ClockEvent::occurredOn).orElse(null), false, List.of(), lines);
    }

    private sealed interface Step permits Window, Extension {
        LocalDate on();
    }

    /** A stretch excluded from the reply period; {@code to == null} while its end is not known. */
    private record Window(LocalDate from, LocalDate to, String what, String endReason) implements Step {
        @Override
        public LocalDate on() {
            return from;
        }
    }

    private record Extension(Extended extension) implements Step {
        @Override
        public LocalDate on() {
            return extension.occurredOn();
        }
    }

    /** Pauses and extensions after {@code start}, in date order; overlapping pauses count once. */
    private List<Step> steps(LocalDate start) {
        List<Window> windows = new ArrayList<>();
        for (ConsultationStarted consultation : all(ConsultationStarted.class)) {
            if (regime.excludes(consultation.kind())) {
                windows.add(consultationWindow(consultation));
            }
        }
        if (rules.excludeFeeWait()) {
            all(FeeNoticeIssued.class).forEach(notice -> windows.add(feeWindow(notice)));
        }
        List<Step> steps = new ArrayList<>(merge(windows.stream()
                .map(w -> w.from().isAfter(start) ? w : new Window(start.plusDays(1), w.to(), w.what(), w.endReason()))
                .filter(w -> w.to() == null || !w.to().isBefore(w.from()))
                .sorted(Comparator.comparing(Window::from))
                .toList()));
        all(Extended.class).forEach(extension -> steps.add(new Extension(extension)));
        // Stable: on the same day a pause is applied before an extension.
        steps.sort(Comparator.comparing(Step::on));
        return steps;
    }

    /*
     * Window boundaries are UNCONFIRMED (ogi-rules §1.7, §7 item 2); this is the documented suggestion: from the day
     * the letter is sent to the day the answer is received or the 15-working-day answer period ends, whichever is
     * earlier, both days included. A 2008 consultation has no answer period, so it stays open until answered.
     */
    private Window consultationWindow(ConsultationStarted consultation) {
        String what = (consultation.kind() == ConsultationKind.THIRD_PARTY
                ? "third-party consultation" : "consultation of another agency") + " " + consultation.consultationId();
        LocalDate periodEnd = regime.hasConsultationAnswerPeriod()
                ? calendar.addWorkingDays(answerPeriodStart(consultation), ClockRules.CONSULTATION_ANSWER_WORKING_DAYS)
                .date() : null;
        Optional<ConsultationEnded> ended = all(ConsultationEnded.class).stream()
                .filter(e -> e.consultationId().equals(consultation.consultationId())).findFirst();
        if (ended.isPresent() && (periodEnd == null || ended.get().answeredOn().isBefore(periodEnd))) {
            return new Window(consultation.letterSentOn(), ended.get().answeredOn(), what,
                    "answer received on " + ended.get().answeredOn());
        }
        if (periodEnd != null) {
            return new Window(consultation.letterSentOn(), periodEnd, what,
                    (ended.isPresent() ? "" : "no answer yet; ") + "the answer period ends on " + periodEnd);
        }
        return new Window(consultation.letterSentOn(), null, what,
                "no answer yet and no answer period under " + regime + ": the period stays paused until the answer");
    }

    /* §1.13 is UNCONFIRMED on whether the fee wait stops the reply clock; ClockRules.excludeFeeWait decides. */
    private Window feeWindow(FeeNoticeIssued notice) {
        String what = "waiting for payment of fee notice " + notice.feeId();
        Optional<FeePaid> paid = all(FeePaid.class).stream()
                .filter(p -> p.feeId().equals(notice.feeId())).findFirst();
        if (paid.isPresent()) {
            return new Window(notice.noticeDate(), paid.get().paidOn(), what, "paid on " + paid.get().paidOn());
        }
        LocalDate payableUntil = calendar.addWorkingDays(notice.noticeDate(), ClockRules.FEE_PAYMENT_WORKING_DAYS)
                .date();
        return new Window(notice.noticeDate(), payableUntil, what, "not paid yet; payable until " + payableUntil);
    }

    private static List<Window> merge(List<Window> sorted) {
        List<Window> merged = new ArrayList<>();
        for (Window next : sorted) {
            Window current = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (current != null && (current.to() == null || !next.from().isAfter(current.to()))) {
                LocalDate to = current.to() == null || next.to() == null ? null
                        : next.to().isAfter(current.to()) ? next.to() : current.to();
                String endReason = Objects.equals(to, current.to()) ? current.endReason() : next.endReason();
                merged.set(merged.size() - 1,
                        new Window(current.from(), to, current.what() + " and " + next.what(), endReason));
            } else {
                merged.add(next);
            }
        }
        return merged;
    }

    private static LocalDate answerPeriodStart(ConsultationStarted consultation) {
        return consultation.letterReceivedOn() != null ? consultation.letterReceivedOn() : consultation.letterSentOn();
    }

    private static String startLine(String what, LocalDate day) {
        return what + " on " + day + "; the period starts the next day (the start day is not counted)";
    }

    private static String dueLine(CalendarAnswer due) {
        return "due " + due.date()
                + (due.provisional() ? " (provisional: the holiday notice for that year is not yet loaded)" : "");
    }

    private static String stoppedLine(ClockEvent event) {
        Stopped stopped = (Stopped) event;
        return "stopped: case " + stopped.reason() + " on " + stopped.occurredOn();
    }

    private <T extends ClockEvent> List<T> all(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private <T extends ClockEvent> Optional<T> first(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    private <T extends ClockEvent> Optional<T> last(Class<T> type) {
        List<T> matching = all(type);
        return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
    }

    private Optional<ClockEvent> firstMatching(Predicate<ClockEvent> predicate) {
        return events.stream().filter(predicate).findFirst();
    }
}
