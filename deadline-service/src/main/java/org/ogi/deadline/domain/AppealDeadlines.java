package org.ogi.deadline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.law.AppealKind;
import org.ogi.law.AppealProcedure;
import org.ogi.law.ReconsiderationLaw;

/**
 * The periods of an appeal on the official calendar (ogi-rules §4, §5, §6): whether the appellant filed in time, the
 * agency's own answer and new reply, and the dates expected of the body or court. Day periods follow CPL Art. 85 (ALL
 * Art. 101, ARL 2023 Art. 88): the start day is not counted and a last day that is not a working day moves to the
 * next working day; the ARL 2023's 「五日」「十日」 are working days.
 */
public final class AppealDeadlines {

    /** What a filing check found; the body or court decides, the system only shows it. */
    public enum Flag {
        /** Filed after the last day of the period. */
        LATE,
        /** The act did not state the remedy: the period runs from knowing it, at most 1 year. */
        REMEDIES_NOT_TOLD,
        /** More than 5 years after the act (ARL 2023 Art. 21, ALL Art. 46 ¶2). */
        FIVE_YEAR_BAR,
        /** A direct suit against a refusal since 2024-01-01: reconsideration comes first (ARL 2023 Art. 23(四)). */
        RECONSIDERATION_REQUIRED_FIRST
    }

    public record FilingCheck(
            String rule,
            LocalDate periodStart,
            LocalDate lastDay,
            LocalDate filedOn,
            boolean inTime,
            List<Flag> flags,
            List<String> explanation,
            boolean provisional) {

        public FilingCheck {
            flags = List.copyOf(flags);
            explanation = List.copyOf(explanation);
        }
    }

    /** The clocks of an appeal; {@link #duty()} tells the agency's own duties from what is expected of others. */
    public enum Kind {
        APPEAL_ANSWER(true),
        APPEAL_OUTCOME_EXPECTED(false),
        APPEAL_WINDOW_EXPECTED(false),
        REMAND_REPLY(true);

        private final boolean duty;

        Kind(boolean duty) {
            this.duty = duty;
        }

        public boolean duty() {
            return duty;
        }
    }

    public enum Unit {
        WORKING_DAYS,
        CALENDAR_DAYS,
        MONTHS,
        SET_DATE
    }

    /** One appeal clock: {@code amount} {@code unit}s from {@code startDate} under {@code basis}. */
    public record AppealClock(
            Kind kind,
            LocalDate startDate,
            int amount,
            Unit unit,
            LocalDate dueDate,
            boolean provisional,
            String basis) {

        public AppealClock {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(dueDate, "dueDate");
        }

        /** Working days of the period where it is counted in them, else 0 (as the clock table stores it). */
        public int workingDays() {
            return unit == Unit.WORKING_DAYS ? amount : 0;
        }
    }

    /**
     * What the clocks of an appeal follow from, as its events told it: the filing (null for an appeal filed before
     * deadline-service kept its events), the days the body extended its decision period by (0 if not), and the
     * decision (null while undecided).
     */
    public record AppealFacts(AppealFiling filing, int decisionPeriodExtensionDays, AppealDecision decision) {}

    /** A decision or judgment as far as clocks go: the appeal window and the ordered new reply of each case. */
    public record AppealDecision(
            List<String> trackingNumbers,
            String form,
            LocalDate servedOn,
            boolean replyAgain,
            LocalDate replyAgainBy,
            Integer replyAgainWorkingDays) {

        public AppealDecision {
            trackingNumbers = List.copyOf(trackingNumbers);
        }
    }

    /** A derived clock and where it is kept: under the appeal number, or the remanded case's tracking number. */
    public record KeyedClock(String key, ClockKey id, AppealClock clock) {}

    private static final int YEARS_BAR = 5;

    private AppealDeadlines() {}

    /** Whether the appeal was filed in time (issue 13 item 3); never refuses, only flags. */
    public static FilingCheck checkFiling(WorkingDayCalendar calendar, AppealFiling filing, AppealRules rules) {
        List<String> explanation = new ArrayList<>();
        List<Flag> flags = new ArrayList<>();
        Period period = period(filing, explanation);
        if (filing.remediesOmitted() && period.cappedForOmittedRemedies) {
            flags.add(Flag.REMEDIES_NOT_TOLD);
        }
        CalendarAnswer last = period.end(calendar);
        explanation.add("期间自" + period.start + "次日起算，最后一日" + last.date() + "（遇法定休假日顺延，CPL Art. 85）");
        boolean late = filing.filedOn().isAfter(last.date());
        if (late) {
            flags.add(Flag.LATE);
            explanation.add(filing.filedOn() + "提出，已超过期限；是否受理由复议机关或法院决定");
        }
        boolean barred = fiveYearBar(filing)
                .filter(bar ->
                        filing.filedOn().isAfter(calendar.rollForward(bar).date()))
                .isPresent();
        if (barred) {
            flags.add(Flag.FIVE_YEAR_BAR);
            explanation.add("自行政行为作出之日起超过5年（ARL 2023 Art. 21, ALL Art. 46 ¶2）");
        }
        if (filing.kind() == AppealKind.DIRECT_SUIT
                && !filing.nonPerformance()
                && filing.refusal()
                && !filing.filedOn().isBefore(rules.reconsiderationFirstSince())) {
            flags.add(Flag.RECONSIDERATION_REQUIRED_FIRST);
            explanation.add("对不予公开直接起诉：应当先申请行政复议（ARL 2023 Art. 23(四)）");
        }
        return new FilingCheck(
                period.rule,
                period.start,
                last.date(),
                filing.filedOn(),
                !late && !barred,
                flags,
                explanation,
                last.provisional());
    }

    /**
     * The agency's written answer with evidence and basis: ARL 2023 10 working days from receiving the copy
     * (Art. 48), 5 in the simplified procedure (Art. 54); ARL 2017 10 calendar days (Art. 23); the defence in a
     * first-instance suit 15 days (ALL Art. 67). Empty for a second instance or retrial (no period in the rules).
     */
    public static Optional<AppealClock> answer(WorkingDayCalendar calendar, AppealFiling filing) {
        LocalDate start = filing.copyReceivedOn();
        return switch (filing.kind()) {
            case RECONSIDERATION ->
                Optional.of(
                        switch (ReconsiderationLaw.forApplicationReceivedOn(filing.filedOn())) {
                            case ARL_2023 ->
                                filing.procedure() == AppealProcedure.SIMPLIFIED
                                        ? clock(
                                                Kind.APPEAL_ANSWER,
                                                start,
                                                5,
                                                Unit.WORKING_DAYS,
                                                calendar,
                                                "ARL 2023 Art. 54")
                                        : clock(
                                                Kind.APPEAL_ANSWER,
                                                start,
                                                10,
                                                Unit.WORKING_DAYS,
                                                calendar,
                                                "ARL 2023 Art. 48");
                            case ARL_2017 ->
                                clock(Kind.APPEAL_ANSWER, start, 10, Unit.CALENDAR_DAYS, calendar, "ARL 2017 Art. 23");
                        });
            case DIRECT_SUIT, SUIT_AFTER_RECONSIDERATION ->
                Optional.of(clock(Kind.APPEAL_ANSWER, start, 15, Unit.CALENDAR_DAYS, calendar, "ALL Art. 67"));
            case SECOND_INSTANCE, RETRIAL -> Optional.empty();
        };
    }

    /**
     * Every clock of the appeal as its facts give them on {@code calendar}, derived afresh each time so that a
     * calendar change or an extension moves them the same way whenever it arrives.
     */
    public static List<KeyedClock> derive(
            WorkingDayCalendar calendar, String appealNumber, AppealFacts facts, AppealRules rules) {
        List<KeyedClock> clocks = new ArrayList<>();
        if (facts.filing() != null) {
            answer(calendar, facts.filing()).ifPresent(c -> clocks.add(own(appealNumber, c)));
            expectedOutcome(calendar, facts.filing(), facts.decisionPeriodExtensionDays())
                    .ifPresent(c -> clocks.add(own(appealNumber, c)));
        }
        AppealDecision decision = facts.decision();
        if (decision != null && decision.servedOn() != null) {
            clocks.add(own(appealNumber, appealWindow(calendar, decision.form(), decision.servedOn())));
            if (decision.replyAgain()) {
                AppealClock remand = remandReply(
                        calendar,
                        decision.servedOn(),
                        decision.replyAgainBy(),
                        decision.replyAgainWorkingDays(),
                        rules);
                decision.trackingNumbers()
                        .forEach(tn -> clocks.add(
                                new KeyedClock(tn, ClockKey.of(ClockKind.REMAND_REPLY, appealNumber), remand)));
            }
        }
        return clocks;
    }

    private static KeyedClock own(String appealNumber, AppealClock clock) {
        return new KeyedClock(
                appealNumber, ClockKey.of(ClockKind.valueOf(clock.kind().name())), clock);
    }

    /**
     * When the body or court is expected to decide: a reconsideration 60 days from acceptance (30 simplified; ARL
     * 2023 Art. 62, the body may extend by 30), acceptance deemed 5 working days after receipt when not known (Art.
     * 30); a first instance 6 months from filing (45 days simplified; ALL Arts. 81, 83); a second instance 3 months
     * (ALL Art. 88). Empty for a retrial. A reconsideration body's extension of {@code extensionDays} (ARL 2023 Art.
     * 62 ¶1, ARL 2017 Art. 31) runs on from the day the period would have ended (itself moved off a holiday, CPL Art.
     * 85), and its own last day moves off a holiday again.
     */
    public static Optional<AppealClock> expectedOutcome(
            WorkingDayCalendar calendar, AppealFiling filing, int extensionDays) {
        Optional<AppealClock> period = expectedOutcome(calendar, filing);
        if (extensionDays == 0 || filing.kind() != AppealKind.RECONSIDERATION) {
            return period;
        }
        return period.map(base -> {
            CalendarAnswer extended = calendar.addCalendarDays(base.dueDate(), extensionDays);
            return new AppealClock(
                    base.kind(),
                    base.startDate(),
                    base.amount() + extensionDays,
                    base.unit(),
                    extended.date(),
                    base.provisional() || extended.provisional(),
                    base.basis() + " + " + extensionDays + " days extended");
        });
    }

    private static Optional<AppealClock> expectedOutcome(WorkingDayCalendar calendar, AppealFiling filing) {
        boolean simplified = filing.procedure() == AppealProcedure.SIMPLIFIED;
        return switch (filing.kind()) {
            case RECONSIDERATION -> {
                LocalDate accepted = filing.acceptedOn() != null
                        ? filing.acceptedOn()
                        : calendar.addWorkingDays(filing.filedOn(), 5).date();
                boolean arl2023 =
                        ReconsiderationLaw.forApplicationReceivedOn(filing.filedOn()) == ReconsiderationLaw.ARL_2023;
                yield Optional.of(
                        simplified && arl2023
                                ? clock(
                                        Kind.APPEAL_OUTCOME_EXPECTED,
                                        accepted,
                                        30,
                                        Unit.CALENDAR_DAYS,
                                        calendar,
                                        "ARL 2023 Art. 62 ¶2")
                                : clock(
                                        Kind.APPEAL_OUTCOME_EXPECTED,
                                        accepted,
                                        60,
                                        Unit.CALENDAR_DAYS,
                                        calendar,
                                        arl2023 ? "ARL 2023 Art. 62 ¶1" : "ARL 2017 Art. 31"));
            }
            case DIRECT_SUIT, SUIT_AFTER_RECONSIDERATION ->
                Optional.of(
                        simplified
                                ? clock(
                                        Kind.APPEAL_OUTCOME_EXPECTED,
                                        filing.filedOn(),
                                        45,
                                        Unit.CALENDAR_DAYS,
                                        calendar,
                                        "ALL Art. 83")
                                : clock(
                                        Kind.APPEAL_OUTCOME_EXPECTED,
                                        filing.filedOn(),
                                        6,
                                        Unit.MONTHS,
                                        calendar,
                                        "ALL Art. 81"));
            case SECOND_INSTANCE ->
                Optional.of(
                        clock(Kind.APPEAL_OUTCOME_EXPECTED, filing.filedOn(), 3, Unit.MONTHS, calendar, "ALL Art. 88"));
            case RETRIAL -> Optional.empty();
        };
    }

    /**
     * After a decision or judgment is served: the window to sue after a reconsideration decision (15 days, ALL
     * Art. 45) or to appeal a judgment (15 days) or ruling (10 days, ALL Art. 85).
     */
    public static AppealClock appealWindow(WorkingDayCalendar calendar, String form, LocalDate servedOn) {
        return "RULING".equals(form)
                ? clock(Kind.APPEAL_WINDOW_EXPECTED, servedOn, 10, Unit.CALENDAR_DAYS, calendar, "ALL Art. 85")
                : clock(
                        Kind.APPEAL_WINDOW_EXPECTED,
                        servedOn,
                        15,
                        Unit.CALENDAR_DAYS,
                        calendar,
                        "DECISION".equals(form) ? "ALL Art. 45" : "ALL Art. 85");
    }

    /**
     * The agency's new reply ordered by a decision or judgment (ARL 2023 Arts. 64, 66; SPC 2011 Arts. 9–10): by
     * the date it sets, or within the working days it sets from its service, or else the configured period.
     */
    public static AppealClock remandReply(
            WorkingDayCalendar calendar,
            LocalDate servedOn,
            LocalDate replyAgainBy,
            Integer replyAgainWorkingDays,
            AppealRules rules) {
        if (replyAgainBy != null) {
            return new AppealClock(
                    Kind.REMAND_REPLY,
                    servedOn,
                    0,
                    Unit.SET_DATE,
                    replyAgainBy,
                    calendar.isProvisional(servedOn, replyAgainBy),
                    "date set by the decision");
        }
        int days = replyAgainWorkingDays != null ? replyAgainWorkingDays : rules.remandReplyWorkingDays();
        return clock(
                Kind.REMAND_REPLY,
                servedOn,
                days,
                Unit.WORKING_DAYS,
                calendar,
                replyAgainWorkingDays != null ? "period set by the decision" : "Art. 33 period (decision names none)");
    }

    private record Period(String rule, LocalDate start, int amount, Unit unit, boolean cappedForOmittedRemedies) {

        CalendarAnswer end(WorkingDayCalendar calendar) {
            return unit == Unit.MONTHS ? calendar.addMonths(start, amount) : calendar.addCalendarDays(start, amount);
        }
    }

    private static Period period(AppealFiling filing, List<String> explanation) {
        boolean omitted = filing.remediesOmitted();
        switch (filing.kind()) {
            case RECONSIDERATION -> {
                if (filing.nonPerformance()) {
                    explanation.add("不履行答复职责：自答复期限届满之日起60日（ARL Art. 20，行政复议法实施条例 Art. 16）");
                    return new Period(
                            "ARL_ART_20_NON_PERFORMANCE",
                            required(filing.replyDueDate(), "replyDueDate"),
                            60,
                            Unit.CALENDAR_DAYS,
                            false);
                }
                if (omitted) {
                    explanation.add("答复未告知复议权利、机关和期限：最长1年（ARL 2023 Art. 20 ¶3）");
                    return new Period(
                            "ARL_ART_20_REMEDIES_NOT_TOLD", required(filing.knewOn(), "knewOn"), 12, Unit.MONTHS, true);
                }
                explanation.add("自知道答复之日（送达）起60日（ARL 2023 Art. 20 ¶1；ARL 2017 Art. 9）");
                return new Period("ARL_ART_20", required(filing.knewOn(), "knewOn"), 60, Unit.CALENDAR_DAYS, false);
            }
            case DIRECT_SUIT -> {
                if (filing.nonPerformance()) {
                    explanation.add("不履行答复职责：自答复期限（含延长）届满之日起6个月（ALL Art. 47，解释 Art. 66）");
                    return new Period(
                            "ALL_ART_47_NON_PERFORMANCE",
                            required(filing.replyDueDate(), "replyDueDate"),
                            6,
                            Unit.MONTHS,
                            false);
                }
                if (omitted) {
                    explanation.add("答复未告知起诉期限：最长1年（解释 Art. 64）");
                    return new Period("ALL_INTERP_64", required(filing.knewOn(), "knewOn"), 12, Unit.MONTHS, true);
                }
                explanation.add("自知道答复之日（送达）起6个月（ALL Art. 46 ¶1）");
                return new Period("ALL_ART_46", required(filing.knewOn(), "knewOn"), 6, Unit.MONTHS, false);
            }
            case SUIT_AFTER_RECONSIDERATION -> {
                if (omitted) {
                    explanation.add("复议决定未告知起诉期限：最长1年（解释 Art. 64）");
                    return new Period("ALL_INTERP_64", required(filing.knewOn(), "knewOn"), 12, Unit.MONTHS, true);
                }
                explanation.add("自收到复议决定书之日起15日（ALL Art. 45）");
                return new Period("ALL_ART_45", required(filing.knewOn(), "knewOn"), 15, Unit.CALENDAR_DAYS, false);
            }
            case SECOND_INSTANCE -> {
                int days = filing.appealedRuling() ? 10 : 15;
                explanation.add("自" + (filing.appealedRuling() ? "裁定" : "判决") + "书送达之日起" + days + "日（ALL Art. 85）");
                return new Period("ALL_ART_85", required(filing.knewOn(), "knewOn"), days, Unit.CALENDAR_DAYS, false);
            }
            case RETRIAL -> {
                explanation.add("判决、裁定发生法律效力后6个月（ALL Art. 90，解释 Art. 110）");
                return new Period("ALL_INTERP_110", required(filing.knewOn(), "knewOn"), 6, Unit.MONTHS, false);
            }
            default -> throw new IllegalArgumentException("unknown appeal kind " + filing.kind());
        }
    }

    /** ARL 2023 Art. 21 and ALL Art. 46 ¶2: 5 years from the act (the 20 years for real property do not arise). */
    private static Optional<LocalDate> fiveYearBar(AppealFiling filing) {
        boolean applies = switch (filing.kind()) {
            case RECONSIDERATION ->
                ReconsiderationLaw.forApplicationReceivedOn(filing.filedOn()) == ReconsiderationLaw.ARL_2023;
            case DIRECT_SUIT -> true;
            default -> false;
        };
        return applies && filing.actOn() != null ? Optional.of(filing.actOn().plusYears(YEARS_BAR)) : Optional.empty();
    }

    private static AppealClock clock(
            Kind kind, LocalDate start, int amount, Unit unit, WorkingDayCalendar calendar, String basis) {
        CalendarAnswer due = switch (unit) {
            case WORKING_DAYS -> calendar.addWorkingDays(start, amount);
            case CALENDAR_DAYS -> calendar.addCalendarDays(start, amount);
            case MONTHS -> calendar.addMonths(start, amount);
            case SET_DATE -> throw new IllegalArgumentException("a set date is not a period");
        };
        return new AppealClock(kind, start, amount, unit, due.date(), due.provisional(), basis);
    }

    private static LocalDate required(LocalDate date, String name) {
        if (date == null) {
            throw new IllegalArgumentException(name + " is needed for this appeal's period");
        }
        return date;
    }
}
