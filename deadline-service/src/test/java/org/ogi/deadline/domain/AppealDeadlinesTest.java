package org.ogi.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ogi.deadline.domain.AppealDeadlines.Flag;
import org.ogi.law.AppealKind;
import org.ogi.law.AppealProcedure;

/** The appeal periods of ogi-rules §4 and §5 on the shipped calendar, with the vectors of issue 13 and §6.4. */
class AppealDeadlinesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(CalendarFile.loadOfficial());
    private static final AppealRules RULES = AppealRules.defaults();

    @Test
    void reconsiderationOfAReplyServedOnMarchFirstIsDueSixtyDaysLater() {
        var check = check(reply(AppealKind.RECONSIDERATION, "2024-03-01", "2024-04-30"));
        assertThat(check.lastDay()).isEqualTo(day("2024-04-30"));
        assertThat(check.rule()).isEqualTo("ARL_ART_20");
        assertThat(check.inTime()).isTrue();
        assertThat(check.flags()).isEmpty();

        var late = check(reply(AppealKind.RECONSIDERATION, "2024-03-01", "2024-05-06"));
        assertThat(late.inTime()).isFalse();
        assertThat(late.flags()).containsExactly(Flag.LATE);
    }

    @Test
    void sixtyDaysEndingOnNationalDayMoveToTheFirstWorkingDayAfterIt() {
        assertThat(check(reply(AppealKind.RECONSIDERATION, "2024-08-02", "2024-10-08"))
                        .lastDay())
                .isEqualTo(day("2024-10-08"));
    }

    @Test
    void aDirectSuitHasSixMonthsAndASundayLastDayMovesToMonday() {
        var check = check(reply(AppealKind.DIRECT_SUIT, "2024-03-01", "2024-09-02"));
        assertThat(check.lastDay()).isEqualTo(day("2024-09-02"));
        assertThat(check.rule()).isEqualTo("ALL_ART_46");
        assertThat(check.inTime()).isTrue();
        assertThat(check(reply(AppealKind.DIRECT_SUIT, "2024-03-01", "2024-09-03"))
                        .flags())
                .contains(Flag.LATE);
    }

    @Test
    void monthPeriodsClipToTheMonthEndAndMayEndOnAMakeUpSaturday() {
        assertThat(check(reply(AppealKind.DIRECT_SUIT, "2024-04-30", "2024-05-01"))
                        .lastDay())
                .isEqualTo(day("2024-10-30"));
        assertThat(check(reply(AppealKind.DIRECT_SUIT, "2024-08-31", "2024-09-01"))
                        .lastDay())
                .isEqualTo(day("2025-02-28"));
        assertThat(check(reply(AppealKind.DIRECT_SUIT, "2023-04-01", "2023-04-02"))
                        .lastDay())
                .isEqualTo(day("2023-10-07"));
    }

    @Test
    void nonPerformanceRunsSixMonthsFromTheReplyDueDateIncludingTheExtension() {
        // 2024-09-29 is a Sunday made a working day by the 2024 notice, so it stays the last day.
        var suit = check(nonPerformance(AppealKind.DIRECT_SUIT, "2024-03-29", "2024-09-29"));
        assertThat(suit.rule()).isEqualTo("ALL_ART_47_NON_PERFORMANCE");
        assertThat(suit.lastDay()).isEqualTo(day("2024-09-29"));
        assertThat(suit.inTime()).isTrue();

        var reconsideration = check(nonPerformance(AppealKind.RECONSIDERATION, "2024-08-02", "2024-10-09"));
        assertThat(reconsideration.lastDay()).isEqualTo(day("2024-10-08"));
        assertThat(reconsideration.flags()).containsExactly(Flag.LATE);
    }

    @Test
    void aSuitAfterReconsiderationHasFifteenDaysFromTheDecision() {
        // T17: the raw last day 2024-02-12 falls in Spring Festival; the first working day after is Sunday 2/18.
        var check = check(reply(AppealKind.SUIT_AFTER_RECONSIDERATION, "2024-01-28", "2024-02-18"));
        assertThat(check.lastDay()).isEqualTo(day("2024-02-18"));
        assertThat(check.inTime()).isTrue();
    }

    @Test
    void aSecondInstanceHasFifteenDaysForAJudgmentAndTenForARuling() {
        assertThat(check(reply(AppealKind.SECOND_INSTANCE, "2025-09-20", "2025-10-09"))
                        .lastDay())
                .isEqualTo(day("2025-10-09"));
        AppealFiling ruling = new AppealFiling(
                AppealKind.SECOND_INSTANCE,
                false,
                AppealProcedure.ORDINARY,
                day("2025-10-09"),
                day("2025-10-10"),
                null,
                day("2025-09-25"),
                null,
                null,
                true,
                false,
                true);
        assertThat(check(ruling).lastDay()).isEqualTo(day("2025-10-09"));
        assertThat(check(reply(AppealKind.RETRIAL, "2024-04-30", "2024-10-31")).flags())
                .containsExactly(Flag.LATE);
    }

    @Test
    void aReplyThatOmittedTheRemediesGivesAtMostOneYear() {
        AppealFiling omitted = new AppealFiling(
                AppealKind.RECONSIDERATION,
                false,
                AppealProcedure.ORDINARY,
                day("2025-03-03"),
                day("2025-03-05"),
                null,
                day("2024-03-01"),
                day("2024-02-28"),
                null,
                false,
                false,
                false);
        var check = check(omitted);
        // 2025-03-01 is a Saturday.
        assertThat(check.lastDay()).isEqualTo(day("2025-03-03"));
        assertThat(check.inTime()).isTrue();
        assertThat(check.flags()).containsExactly(Flag.REMEDIES_NOT_TOLD);

        AppealFiling suit = new AppealFiling(
                AppealKind.DIRECT_SUIT,
                false,
                AppealProcedure.ORDINARY,
                day("2025-03-04"),
                day("2025-03-05"),
                null,
                day("2024-03-01"),
                day("2024-02-28"),
                null,
                false,
                false,
                false);
        assertThat(check(suit).flags()).containsExactly(Flag.REMEDIES_NOT_TOLD, Flag.LATE);
    }

    @Test
    void fiveYearsAfterTheActBarEvenAPeriodThatRunsFromLateKnowledge() {
        AppealFiling filing = new AppealFiling(
                AppealKind.DIRECT_SUIT,
                false,
                AppealProcedure.ORDINARY,
                day("2023-01-10"),
                day("2023-01-12"),
                null,
                day("2022-12-01"),
                day("2018-01-05"),
                null,
                true,
                false,
                false);
        var check = check(filing);
        assertThat(check.inTime()).isFalse();
        assertThat(check.flags()).containsExactly(Flag.FIVE_YEAR_BAR);
    }

    @Test
    void aDirectSuitAgainstARefusalIsFlaggedFrom2024() {
        AppealFiling refused2024 = new AppealFiling(
                AppealKind.DIRECT_SUIT,
                false,
                AppealProcedure.ORDINARY,
                day("2024-01-02"),
                day("2024-01-05"),
                null,
                day("2023-12-01"),
                day("2023-11-28"),
                null,
                true,
                true,
                false);
        assertThat(check(refused2024).flags()).containsExactly(Flag.RECONSIDERATION_REQUIRED_FIRST);
        assertThat(check(refused2024).inTime()).isTrue();

        AppealFiling refused2023 = new AppealFiling(
                AppealKind.DIRECT_SUIT,
                false,
                AppealProcedure.ORDINARY,
                day("2023-12-29"),
                day("2024-01-05"),
                null,
                day("2023-12-01"),
                day("2023-11-28"),
                null,
                true,
                true,
                false);
        assertThat(check(refused2023).flags()).isEmpty();
        assertThat(check(reply(AppealKind.DIRECT_SUIT, "2023-12-01", "2024-01-02"))
                        .flags())
                .isEmpty();
    }

    @Test
    void theAgencyAnswersInTenWorkingDaysOrFiveSimplifiedCountingMakeUpDays() {
        AppealFiling ordinary = answerFiling(AppealProcedure.ORDINARY, "2024-09-20", "2024-09-26");
        var answer = AppealDeadlines.answer(CALENDAR, ordinary).orElseThrow();
        assertThat(answer.dueDate()).isEqualTo(day("2024-10-15"));
        assertThat(answer.workingDays()).isEqualTo(10);
        assertThat(answer.basis()).isEqualTo("ARL 2023 Art. 48");
        assertThat(answer.kind().duty()).isTrue();

        // 9/27, make-up Sunday 9/29, 9/30, then after National Day 10/8 and 10/9.
        var simplified = AppealDeadlines.answer(
                        CALENDAR, answerFiling(AppealProcedure.SIMPLIFIED, "2024-09-20", "2024-09-26"))
                .orElseThrow();
        assertThat(simplified.dueDate()).isEqualTo(day("2024-10-09"));
        assertThat(simplified.basis()).isEqualTo("ARL 2023 Art. 54");
    }

    @Test
    void anApplicationReceivedBefore2024IsAnsweredInTenCalendarDaysUnderArl2017() {
        var answer = AppealDeadlines.answer(
                        CALENDAR, answerFiling(AppealProcedure.ORDINARY, "2023-12-20", "2023-12-25"))
                .orElseThrow();
        assertThat(answer.dueDate()).isEqualTo(day("2024-01-04"));
        assertThat(answer.basis()).isEqualTo("ARL 2017 Art. 23");
        var arl2023 = AppealDeadlines.answer(
                        CALENDAR, answerFiling(AppealProcedure.ORDINARY, "2024-01-02", "2024-01-08"))
                .orElseThrow();
        assertThat(arl2023.dueDate()).isEqualTo(day("2024-01-22"));
    }

    @Test
    void theDefenceInASuitIsDueFifteenDaysAfterTheComplaintCopy() {
        AppealFiling suit = new AppealFiling(
                AppealKind.DIRECT_SUIT,
                false,
                AppealProcedure.ORDINARY,
                day("2025-09-15"),
                day("2025-09-20"),
                null,
                day("2025-06-01"),
                day("2025-05-28"),
                null,
                true,
                false,
                false);
        var defence = AppealDeadlines.answer(CALENDAR, suit).orElseThrow();
        assertThat(defence.dueDate()).isEqualTo(day("2025-10-09"));
        assertThat(defence.basis()).isEqualTo("ALL Art. 67");
        assertThat(AppealDeadlines.answer(CALENDAR, reply(AppealKind.SECOND_INSTANCE, "2025-09-20", "2025-10-01")))
                .isEmpty();
    }

    @Test
    void expectedDecisionsAreNotDutiesAndCountFromAcceptance() {
        // Not accepted expressly: deemed accepted after 5 working days (2024-09-27), decision within 60 days.
        var expected = AppealDeadlines.expectedOutcome(
                        CALENDAR, answerFiling(AppealProcedure.ORDINARY, "2024-09-20", "2024-09-26"))
                .orElseThrow();
        assertThat(expected.startDate()).isEqualTo(day("2024-09-27"));
        assertThat(expected.dueDate()).isEqualTo(day("2024-11-26"));
        assertThat(expected.kind().duty()).isFalse();
        var simplified = AppealDeadlines.expectedOutcome(
                        CALENDAR, answerFiling(AppealProcedure.SIMPLIFIED, "2024-09-20", "2024-09-26"))
                .orElseThrow();
        assertThat(simplified.dueDate()).isEqualTo(day("2024-10-28"));

        var firstInstance = AppealDeadlines.expectedOutcome(
                        CALENDAR, reply(AppealKind.DIRECT_SUIT, "2024-03-01", "2024-04-30"))
                .orElseThrow();
        assertThat(firstInstance.dueDate()).isEqualTo(day("2024-10-30"));
        var secondInstance = AppealDeadlines.expectedOutcome(
                        CALENDAR, reply(AppealKind.SECOND_INSTANCE, "2024-03-01", "2024-03-10"))
                .orElseThrow();
        assertThat(secondInstance.dueDate()).isEqualTo(day("2024-06-11"));
    }

    @Test
    void appealWindowsAfterAJudgmentARulingOrADecision() {
        assertThat(AppealDeadlines.appealWindow(CALENDAR, "JUDGMENT", day("2025-09-20"))
                        .dueDate())
                .isEqualTo(day("2025-10-09"));
        assertThat(AppealDeadlines.appealWindow(CALENDAR, "RULING", day("2025-09-25"))
                        .dueDate())
                .isEqualTo(day("2025-10-09"));
        assertThat(AppealDeadlines.appealWindow(CALENDAR, "DECISION", day("2024-01-28"))
                        .dueDate())
                .isEqualTo(day("2024-02-18"));
    }

    @Test
    void aRemandedReplyIsDueWhenTheDecisionSaysOrAfterTheConfiguredPeriod() {
        assertThat(AppealDeadlines.remandReply(CALENDAR, day("2024-09-26"), day("2024-10-31"), null, RULES)
                        .dueDate())
                .isEqualTo(day("2024-10-31"));
        assertThat(AppealDeadlines.remandReply(CALENDAR, day("2024-09-26"), null, 10, RULES)
                        .dueDate())
                .isEqualTo(day("2024-10-15"));
        // No period in the decision: the Art. 33 20 working days (T1).
        assertThat(AppealDeadlines.remandReply(CALENDAR, day("2024-09-27"), null, null, RULES)
                        .dueDate())
                .isEqualTo(day("2024-10-30"));
    }

    @Test
    void aPeriodWithoutItsStartDayIsRefused() {
        AppealFiling noDueDate = new AppealFiling(
                AppealKind.DIRECT_SUIT,
                true,
                AppealProcedure.ORDINARY,
                day("2024-09-01"),
                day("2024-09-05"),
                null,
                null,
                null,
                null,
                null,
                false,
                false);
        assertThatThrownBy(() -> check(noDueDate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replyDueDate");
    }

    private static AppealDeadlines.FilingCheck check(AppealFiling filing) {
        return AppealDeadlines.checkFiling(CALENDAR, filing, RULES);
    }

    private static AppealFiling reply(AppealKind kind, String knewOn, String filedOn) {
        return new AppealFiling(
                kind,
                false,
                AppealProcedure.ORDINARY,
                day(filedOn),
                day(filedOn),
                null,
                day(knewOn),
                day(knewOn),
                null,
                true,
                false,
                false);
    }

    private static AppealFiling nonPerformance(AppealKind kind, String replyDueDate, String filedOn) {
        return new AppealFiling(
                kind,
                true,
                AppealProcedure.ORDINARY,
                day(filedOn),
                day(filedOn),
                null,
                null,
                day(replyDueDate),
                day(replyDueDate),
                null,
                false,
                false);
    }

    private static AppealFiling answerFiling(AppealProcedure procedure, String filedOn, String copyReceivedOn) {
        return new AppealFiling(
                AppealKind.RECONSIDERATION,
                false,
                procedure,
                day(filedOn),
                day(copyReceivedOn),
                null,
                day("2024-08-01"),
                day("2024-07-30"),
                null,
                true,
                false,
                false);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
