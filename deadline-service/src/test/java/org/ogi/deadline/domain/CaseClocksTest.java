package org.ogi.deadline.domain;

import org.ogi.law.ConsultationKind;

import org.junit.jupiter.api.Test;
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

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CaseClocksTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    // Friday; the reply is due 2024-10-30 (T1), counting the make-up days 9/29 (Sun) and 10/12 (Sat).
    private static final Received RECEIVED = new Received(day("2024-09-27"));

    @Test
    void aReceivedRequestRunsTheReplyAndCorrectionNoticeClocks() {
        List<DerivedClock> clocks = derive(RECEIVED);

        assertThat(clocks).extracting(DerivedClock::id).containsExactly("REPLY", "CORRECTION_NOTICE");
        assertThat(clock(clocks, "REPLY").dueDate()).isEqualTo(day("2024-10-30"));
        assertThat(clock(clocks, "REPLY").explanation()).containsExactly(
                "received on 2024-09-27; the period starts the next day (the start day is not counted)",
                "20 working days under OGI_2019, counted on the official calendar with its make-up working days",
                "due 2024-10-30");
        // T3: seven working days end on a make-up Saturday.
        assertThat(clock(clocks, "CORRECTION_NOTICE").dueDate()).isEqualTo(day("2024-10-12"));
    }

    @Test
    void correctionPausesTheReplyClockAndTheCorrectedApplicationRestartsIt() {
        List<DerivedClock> waiting = derive(RECEIVED, new CorrectionRequested(day("2024-10-08"), 10));

        assertThat(clock(waiting, "REPLY").state()).isEqualTo(DerivedClock.State.SUSPENDED);
        assertThat(clock(waiting, "REPLY").status(CALENDAR, day("2024-10-10"), 3)).isEqualTo(ClockStatus.PAUSED);
        assertThat(clock(waiting, "CORRECTION_NOTICE").metOn()).isEqualTo(day("2024-10-08"));
        // The notice's own 10 working days; 10-12 is a make-up Saturday.
        assertThat(clock(waiting, "CORRECTION_PERIOD").dueDate()).isEqualTo(day("2024-10-21"));

        List<DerivedClock> corrected = derive(RECEIVED, new CorrectionRequested(day("2024-10-08"), 0),
                new Corrected(day("2024-10-15")));

        DerivedClock reply = clock(corrected, "REPLY");
        assertThat(reply.startDate()).isEqualTo(day("2024-10-15"));
        assertThat(reply.dueDate()).isEqualTo(day("2024-11-12"));
        assertThat(reply.state()).isEqualTo(DerivedClock.State.OPEN);
        assertThat(reply.explanation()).contains("restart: the corrected application was received on 2024-10-15, so"
                + " the 20 working days run again from the next day (Art. 30)");
        DerivedClock period = clock(corrected, "CORRECTION_PERIOD");
        assertThat(period.workingDays()).as("agency default when the notice names none").isEqualTo(15);
        assertThat(period.dueDate()).isEqualTo(day("2024-10-28"));
        assertThat(period.metOn()).isEqualTo(day("2024-10-15"));
    }

    @Test
    void answeredThirdPartyConsultationExcludesTheWorkingDaysFromLetterToAnswer() {
        List<DerivedClock> clocks = derive(RECEIVED,
                new ConsultationStarted("c1", ConsultationKind.THIRD_PARTY, day("2024-10-14"), day("2024-10-15")),
                new ConsultationEnded("c1", "CONSENT", day("2024-10-18")));

        DerivedClock reply = clock(clocks, "REPLY");
        assertThat(reply.dueDate()).isEqualTo(day("2024-11-06"));
        assertThat(reply.explanation()).contains("paused: third-party consultation c1 from 2024-10-14 to 2024-10-18"
                + " (answer received on 2024-10-18): 5 working days not counted; due moves from 2024-10-30 to"
                + " 2024-11-06");
        assertThat(reply.status(CALENDAR, day("2024-10-16"), 3)).isEqualTo(ClockStatus.PAUSED);
        assertThat(reply.status(CALENDAR, day("2024-10-21"), 3)).isEqualTo(ClockStatus.RUNNING);
        DerivedClock answer = clock(clocks, "THIRD_PARTY_ANSWER:c1");
        // T9-style: 15 working days after the third party received the letter.
        assertThat(answer.dueDate()).isEqualTo(day("2024-11-05"));
        assertThat(answer.metOn()).isEqualTo(day("2024-10-18"));
    }

    @Test
    void unansweredConsultationPausesUntilItsFifteenWorkingDaysEnd() {
        List<DerivedClock> clocks = derive(RECEIVED,
                new ConsultationStarted("c1", ConsultationKind.THIRD_PARTY, day("2024-10-14"), day("2024-10-15")));

        DerivedClock reply = clock(clocks, "REPLY");
        // Window 10-14..11-05 (17 working days); the 13 working days left on 10-14 run from 11-06.
        assertThat(reply.pauses()).containsExactly(new DerivedClock.Pause(day("2024-10-14"), day("2024-11-05")));
        assertThat(reply.dueDate()).isEqualTo(day("2024-11-22"));
    }

    @Test
    void otherAgencyConsultationIsExcludedUnderTheTwentyNineteenRegime() {
        List<DerivedClock> clocks = derive(RECEIVED,
                new ConsultationStarted("a1", ConsultationKind.OTHER_AGENCY, day("2024-10-14"), null),
                new ConsultationEnded("a1", "CONSENT", day("2024-10-16")));

        assertThat(clock(clocks, "REPLY").dueDate()).isEqualTo(day("2024-11-04"));
        DerivedClock answer = clock(clocks, "OTHER_AGENCY_ANSWER:a1");
        assertThat(answer.startDate()).as("receipt unknown: counted from sending").isEqualTo(day("2024-10-14"));
        assertThat(answer.explanation()).contains("15 working days to answer (Art. 34)");
    }

    @Test
    void overlappingConsultationsAreExcludedOnce() {
        List<DerivedClock> clocks = derive(RECEIVED,
                new ConsultationStarted("c1", ConsultationKind.THIRD_PARTY, day("2024-10-14"), day("2024-10-14")),
                new ConsultationStarted("a1", ConsultationKind.OTHER_AGENCY, day("2024-10-16"), day("2024-10-16")),
                new ConsultationEnded("c1", "CONSENT", day("2024-10-18")),
                new ConsultationEnded("a1", "CONSENT", day("2024-10-21")));

        // One window 10-14..10-21: 6 working days.
        assertThat(clock(clocks, "REPLY").pauses())
                .containsExactly(new DerivedClock.Pause(day("2024-10-14"), day("2024-10-21")));
        assertThat(clock(clocks, "REPLY").dueDate()).isEqualTo(CALENDAR.addWorkingDays(day("2024-10-30"), 6).date());
    }

    @Test
    void underTheTwentyEightRegimeOnlyThirdPartiesPauseAndWithoutAnswerPeriod() {
        List<DerivedClock> clocks = derive(new Received(day("2018-09-28")),
                new ConsultationStarted("a1", ConsultationKind.OTHER_AGENCY, day("2018-10-08"), null),
                new ConsultationStarted("t1", ConsultationKind.THIRD_PARTY, day("2018-10-10"), null));

        assertThat(clocks).extracting(DerivedClock::id).containsExactly("REPLY");
        DerivedClock reply = clock(clocks, "REPLY");
        // T8.
        assertThat(reply.dueDate()).isEqualTo(day("2018-10-24"));
        assertThat(reply.state()).isEqualTo(DerivedClock.State.SUSPENDED);
        assertThat(reply.explanation()).anySatisfy(line -> assertThat(line)
                .startsWith("counted: consultation of another agency a1 from 2018-10-08"));
    }

    @Test
    void extensionIsCountedFromTheOriginalDueDate() {
        DerivedClock reply = clock(derive(RECEIVED, new Extended(day("2024-10-25"), 20)), "REPLY");

        // T2.
        assertThat(reply.dueDate()).isEqualTo(day("2024-11-27"));
        assertThat(reply.workingDays()).isEqualTo(40);
        assertThat(reply.explanation()).contains("extension: 20 working days approved on 2024-10-25, counted from"
                + " the due date 2024-10-30: due moves to 2024-11-27");
    }

    @Test
    void extensionUnderTheTwentyEightRegimeIsCappedAtFifteenWorkingDays() {
        DerivedClock reply = clock(derive(new Received(day("2018-09-28")), new Extended(day("2018-10-20"), 20),
                new Extended(day("2018-11-01"), 5)), "REPLY");

        assertThat(reply.dueDate()).isEqualTo(day("2018-11-14"));
        assertThat(reply.workingDays()).isEqualTo(30);
        assertThat(reply.explanation()).anySatisfy(line -> assertThat(line).endsWith("(20 asked, capped at 15 under"
                + " OGI_2008)"));
        assertThat(reply.explanation()).anySatisfy(line -> assertThat(line).contains("not applied: the maximum of"
                + " 15 working days is already used"));
    }

    @Test
    void feeWaitIsExcludedWhenConfigured() {
        List<DerivedClock> clocks = derive(RECEIVED, new FeeNoticeIssued("f1", day("2024-10-14")),
                new FeePaid("f1", day("2024-10-16")));

        assertThat(clock(clocks, "REPLY").dueDate()).isEqualTo(day("2024-11-04"));
        DerivedClock payment = clock(clocks, "FEE_PAYMENT:f1");
        assertThat(payment.dueDate()).isEqualTo(day("2024-11-11"));
        assertThat(payment.metOn()).isEqualTo(day("2024-10-16"));
    }

    @Test
    void feeWaitIsCountedWhenConfiguredOff() {
        List<DerivedClock> clocks = CaseClocks.derive(CALENDAR, List.of(RECEIVED,
                new FeeNoticeIssued("f1", day("2024-10-14")), new FeePaid("f1", day("2024-10-16"))),
                new ClockRules(15, false));

        DerivedClock reply = clock(clocks, "REPLY");
        assertThat(reply.dueDate()).isEqualTo(day("2024-10-30"));
        assertThat(reply.pauses()).isEmpty();
        assertThat(reply.explanation()).anySatisfy(line -> assertThat(line)
                .startsWith("counted: the wait for payment of fee notice f1"));
    }

    @Test
    void unpaidFeePausesTheReplyUntilThePaymentPeriodEnds() {
        DerivedClock reply = clock(derive(RECEIVED, new FeeNoticeIssued("f1", day("2024-10-14"))), "REPLY");

        assertThat(reply.pauses()).containsExactly(new DerivedClock.Pause(day("2024-10-14"), day("2024-11-11")));
        assertThat(reply.status(CALENDAR, day("2024-10-20"), 3)).isEqualTo(ClockStatus.PAUSED);
    }

    @Test
    void pauseThatBeginsAfterTheDueDateDoesNotMoveIt() {
        DerivedClock reply = clock(derive(RECEIVED,
                new ConsultationStarted("c1", ConsultationKind.THIRD_PARTY, day("2024-11-01"), day("2024-11-01"))),
                "REPLY");

        assertThat(reply.dueDate()).isEqualTo(day("2024-10-30"));
        assertThat(reply.explanation()).anySatisfy(line -> assertThat(line).startsWith("not excluded:"));
    }

    @Test
    void replyMeetsTheClockAndAcceptanceMeetsTheCorrectionNotice() {
        List<DerivedClock> clocks = derive(RECEIVED, new Accepted(day("2024-09-30")), new Replied(day("2024-10-20")));

        assertThat(clock(clocks, "REPLY").status(CALENDAR, day("2024-12-01"), 3)).isEqualTo(ClockStatus.MET);
        assertThat(clock(clocks, "REPLY").explanation()).endsWith("met: replied on 2024-10-20");
        assertThat(clock(clocks, "CORRECTION_NOTICE").explanation())
                .endsWith("met: accepted on 2024-09-30 without a correction notice");
    }

    @Test
    void withdrawalStopsEveryClock() {
        List<DerivedClock> clocks = derive(RECEIVED, new FeeNoticeIssued("f1", day("2024-10-14")),
                new Stopped(day("2024-10-15"), "withdrawn"));

        assertThat(clocks).allSatisfy(c -> assertThat(c.state()).isEqualTo(DerivedClock.State.MET));
        assertThat(clock(clocks, "FEE_PAYMENT:f1").explanation()).endsWith("stopped: case withdrawn on 2024-10-15");
    }

    @Test
    void statusFollowsWorkingDaysLeft() {
        DerivedClock reply = clock(derive(RECEIVED), "REPLY");

        assertThat(reply.status(CALENDAR, day("2024-10-21"), 3)).isEqualTo(ClockStatus.RUNNING);
        // 10-25 (Fri): 10-28, 10-29, 10-30 left.
        assertThat(reply.workingDaysLeft(CALENDAR, day("2024-10-25"))).isEqualTo(3);
        assertThat(reply.status(CALENDAR, day("2024-10-25"), 3)).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(reply.status(CALENDAR, day("2024-10-31"), 3)).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void eventsAreOrderedByTheirLegalDateNotByArrival() {
        List<DerivedClock> clocks = derive(new Corrected(day("2024-10-15")), RECEIVED,
                new CorrectionRequested(day("2024-10-08"), 0));

        assertThat(clock(clocks, "REPLY").dueDate()).isEqualTo(day("2024-11-12"));
    }

    private static List<DerivedClock> derive(ClockEvent... events) {
        return CaseClocks.derive(CALENDAR, List.of(events), ClockRules.defaults());
    }

    private static DerivedClock clock(List<DerivedClock> clocks, String id) {
        return clocks.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no clock " + id + " in " + clocks));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
