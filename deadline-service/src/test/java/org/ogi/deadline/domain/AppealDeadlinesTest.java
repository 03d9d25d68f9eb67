package org.ogi.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
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
                        CALENDAR, answerFiling(AppealProcedure.ORDINARY, "2024-09-20", "2024-09-26"), 0)
                .orElseThrow();
        assertThat(expected.startDate()).isEqualTo(day("2024-09-27"));
        assertThat(expected.dueDate()).isEqualTo(day("2024-11-26"));
        assertThat(expected.kind().duty()).isFalse();
        var simplified = AppealDeadlines.expectedOutcome(
                        CALENDAR, answerFiling(AppealProcedure.SIMPLIFIED, "2024-09-20", "2024-09-26"), 0)
                .orElseThrow();
        assertThat(simplified.dueDate()).isEqualTo(day("2024-10-28"));

        var firstInstance = AppealDeadlines.expectedOutcome(
                        CALENDAR, reply(AppealKind.DIRECT_SUIT, "2024-03-01", "2024-04-30"), 0)
                .orElseThrow();
        assertThat(firstInstance.dueDate()).isEqualTo(day("2024-10-30"));
        var secondInstance = AppealDeadlines.expectedOutcome(
                        CALENDAR, reply(AppealKind.SECOND_INSTANCE, "2024-03-01", "2024-03-10"), 0)
                .orElseThrow();
        assertThat(secondInstance.dueDate()).isEqualTo(day("2024-06-11"));
    }

    @Test
    void theBodysExtensionRunsOnFromTheEndOfTheDecisionPeriod() {
        AppealFiling filing = answerFiling(AppealProcedure.ORDINARY, "2024-09-20", "2024-09-26");
        // 60 days end on 2024-11-26 (deemed acceptance 09-27); 30 more days: Thu 2024-12-26 (ARL 2023 Art. 62 ¶1).
        var extended = AppealDeadlines.expectedOutcome(CALENDAR, filing, 30).orElseThrow();
        assertThat(extended.dueDate()).isEqualTo(day("2024-12-26"));
        assertThat(extended.startDate()).isEqualTo(day("2024-09-27"));
        assertThat(extended.basis()).isEqualTo("ARL 2023 Art. 62 ¶1 + 30 days extended");
        // 4 more days end on Saturday 11-30: the next working day.
        assertThat(AppealDeadlines.expectedOutcome(CALENDAR, filing, 4)
                        .orElseThrow()
                        .dueDate())
                .isEqualTo(day("2024-12-02"));

        // Accepted 2024-08-02: the 60th day is National Day, so the period ends on 10-08 and the extension runs
        // from there (not 90 days from acceptance, 10-31).
        AppealFiling accepted = new AppealFiling(
                AppealKind.RECONSIDERATION,
                false,
                AppealProcedure.ORDINARY,
                day("2024-07-29"),
                day("2024-07-31"),
                day("2024-08-02"),
                day("2024-07-01"),
                day("2024-06-28"),
                null,
                true,
                false,
                false);
        assertThat(AppealDeadlines.expectedOutcome(CALENDAR, accepted, 0)
                        .orElseThrow()
                        .dueDate())
                .isEqualTo(day("2024-10-08"));
        assertThat(AppealDeadlines.expectedOutcome(CALENDAR, accepted, 30)
                        .orElseThrow()
                        .dueDate())
                .isEqualTo(day("2024-11-07"));

        // Only a reconsideration body extends; a court's period is not moved by it.
        AppealFiling suit = reply(AppealKind.DIRECT_SUIT, "2024-03-01", "2024-04-30");
        assertThat(AppealDeadlines.expectedOutcome(CALENDAR, suit, 30))
                .isEqualTo(AppealDeadlines.expectedOutcome(CALENDAR, suit, 0));
    }

    @Test
    void anAppealsClocksAreDerivedFromItsFactsAndTheRemandedReplyIsKeptUnderEachCase() {
        AppealFiling filing = answerFiling(AppealProcedure.ORDINARY, "2024-09-20", "2024-09-26");
        var undecided = AppealDeadlines.derive(
                CALENDAR, "A-AP-2024-000001", new AppealDeadlines.AppealFacts(filing, 30, null), RULES);
        assertThat(undecided)
                .extracting(c -> c.key() + " " + c.id().text() + " " + c.clock().dueDate())
                .containsExactly(
                        "A-AP-2024-000001 APPEAL_ANSWER 2024-10-15",
                        "A-AP-2024-000001 APPEAL_OUTCOME_EXPECTED 2024-12-26");

        var remanded = AppealDeadlines.derive(
                CALENDAR,
                "A-AP-2024-000001",
                new AppealDeadlines.AppealFacts(
                        filing,
                        0,
                        new AppealDeadlines.AppealDecision(
                                List.of("A-2024-000001", "A-2024-000002"),
                                "DECISION",
                                day("2024-09-26"),
                                true,
                                null,
                                10)),
                RULES);
        assertThat(remanded)
                .extracting(c -> c.key() + " " + c.id().text() + " " + c.clock().dueDate())
                .contains(
                        "A-AP-2024-000001 APPEAL_WINDOW_EXPECTED 2024-10-11",
                        "A-2024-000001 REMAND_REPLY:A-AP-2024-000001 2024-10-15",
                        "A-2024-000002 REMAND_REPLY:A-AP-2024-000001 2024-10-15");
        // An appeal filed before its events were kept: only what the decision gives.
        assertThat(AppealDeadlines.derive(
                        CALENDAR,
                        "A-AP-2024-000001",
                        new AppealDeadlines.AppealFacts(
                                null,
                                0,
                                new AppealDeadlines.AppealDecision(
                                        List.of(), "DECISION", day("2024-09-26"), false, null, null)),
                        RULES))
                .extracting(c -> c.id().text())
                .containsExactly("APPEAL_WINDOW_EXPECTED");
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
