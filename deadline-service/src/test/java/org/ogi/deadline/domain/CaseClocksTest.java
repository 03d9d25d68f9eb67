package org.ogi.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.deadline.domain.ClockEvent.Accepted;
import org.ogi.deadline.domain.ClockEvent.Arrived;
import org.ogi.deadline.domain.ClockEvent.ConsultationEnded;
import org.ogi.deadline.domain.ClockEvent.ConsultationLetterReceived;
import org.ogi.deadline.domain.ClockEvent.ConsultationStarted;
import org.ogi.deadline.domain.ClockEvent.Corrected;
import org.ogi.deadline.domain.ClockEvent.CorrectionRequested;
import org.ogi.deadline.domain.ClockEvent.Extended;
import org.ogi.deadline.domain.ClockEvent.FeeNoticeIssued;
import org.ogi.deadline.domain.ClockEvent.FeeNoticeReceived;
import org.ogi.deadline.domain.ClockEvent.FeePaid;
import org.ogi.deadline.domain.ClockEvent.Received;
import org.ogi.deadline.domain.ClockEvent.Replied;
import org.ogi.deadline.domain.ClockEvent.ReplyPeriodSet;
import org.ogi.deadline.domain.ClockEvent.Stopped;
import org.ogi.law.ConsultationKind;

class CaseClocksTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();
    // Friday; the reply is due 2024-10-30 (T1), counting the make-up days 9/29 (Sun) and 10/12 (Sat).
    private static final Received RECEIVED = new Received(day("2024-09-27"), false);

    @Test
    void aReceivedRequestRunsTheReplyAndCorrectionNoticeClocks() {
        List<DerivedClock> clocks = derive(RECEIVED);

        assertThat(clocks).extracting(c -> c.id().text()).containsExactly("REPLY", "CORRECTION_NOTICE");
        assertThat(clock(clocks, "REPLY").dueDate()).isEqualTo(day("2024-10-30"));
        assertThat(clock(clocks, "REPLY").explanation())
                .containsExactly(
                        "2024年9月27日收到申请，期间自次日起计算（期间开始之日不计算在期间内）。",
                        "不能当场答复的，应当自收到申请之日起20个工作日内予以答复（《政府信息公开条例》第三十三条第二款）；" + "工作日按国务院办公厅公布的节假日安排计算，调休上班日计为工作日。",
                        "期限届满日：2024年10月30日。");
        // T3: seven working days end on a make-up Saturday.
        assertThat(clock(clocks, "CORRECTION_NOTICE").dueDate()).isEqualTo(day("2024-10-12"));
    }

    @Test
    void correctionPausesTheReplyClockAndTheCorrectedApplicationRestartsIt() {
        List<DerivedClock> waiting = derive(RECEIVED, new CorrectionRequested(day("2024-10-08"), 10));

        assertThat(clock(waiting, "REPLY").state()).isEqualTo(DerivedClock.State.SUSPENDED);
        assertThat(clock(waiting, "REPLY").status(CALENDAR, day("2024-10-10"), 3))
                .isEqualTo(ClockStatus.PAUSED);
        assertThat(clock(waiting, "CORRECTION_NOTICE").metOn()).isEqualTo(day("2024-10-08"));
        // The notice's own 10 working days; 10-12 is a make-up Saturday.
        assertThat(clock(waiting, "CORRECTION_PERIOD").dueDate()).isEqualTo(day("2024-10-21"));

        List<DerivedClock> corrected =
                derive(RECEIVED, new CorrectionRequested(day("2024-10-08"), 0), new Corrected(day("2024-10-15")));

        DerivedClock reply = clock(corrected, "REPLY");
        assertThat(reply.startDate()).isEqualTo(day("2024-10-15"));
        assertThat(reply.dueDate()).isEqualTo(day("2024-11-12"));
        assertThat(reply.state()).isEqualTo(DerivedClock.State.OPEN);
        assertThat(reply.explanation()).contains("2024年10月15日收到补正后的申请，答复期限自收到补正的申请之日起重新计算（《政府信息公开条例》第三十条）。");
        DerivedClock period = clock(corrected, "CORRECTION_PERIOD");
        assertThat(period.workingDays())
                .as("agency default when the notice names none")
                .isEqualTo(15);
        assertThat(period.dueDate()).isEqualTo(day("2024-10-28"));
        assertThat(period.metOn()).isEqualTo(day("2024-10-15"));
    }

    @Test
    void answeredThirdPartyConsultationExcludesTheWorkingDaysFromLetterToAnswer() {
        List<DerivedClock> clocks = derive(
                RECEIVED,
                new ConsultationStarted("c1", ConsultationKind.THIRD_PARTY, day("2024-10-14"), day("2024-10-15")),
                new ConsultationEnded("c1", "CONSENT", day("2024-10-18")));

        DerivedClock reply = clock(clocks, "REPLY");
        assertThat(reply.dueDate()).isEqualTo(day("2024-11-06"));
        assertThat(reply.explanation())
                .contains("征求第三方意见（c1）自2024年10月14日至2024年10月18日（2024年10月18日"
                        + "收到意见），所需时间不计算在答复期限内（《政府信息公开条例》第三十三条第三款），扣除5个工作日，答复期限由2024年10月30日"
                        + "顺延至2024年11月6日。");
        assertThat(reply.status(CALENDAR, day("2024-10-16"), 3)).isEqualTo(ClockStatus.PAUSED);
        assertThat(reply.status(CALENDAR, day("2024-10-21"), 3)).isEqualTo(ClockStatus.RUNNING);
        DerivedClock answer = clock(clocks, "THIRD_PARTY_ANSWER:c1");
        // T9-style: 15 working days after the third party received the letter.
        assertThat(answer.dueDate()).isEqualTo(day("2024-11-05"));
        assertThat(answer.metOn()).isEqualTo(day("2024-10-18"));
    }

    @Test
    void unansweredConsultationPausesUntilItsFifteenWorkingDaysEnd() {
        List<DerivedClock> clocks = derive(
                RECEIVED,
                new ConsultationStarted("c1", ConsultationKind.THIRD_PARTY, day("2024-10-14"), day("2024-10-15")));

        DerivedClock reply = clock(clocks, "REPLY");
        // Window 10-14..11-05 (17 working days); the 13 working days left on 10-14 run from 11-06.
        assertThat(reply.pauses()).containsExactly(new DerivedClock.Pause(day("2024-10-14"), day("2024-11-05")));
        assertThat(reply.dueDate()).isEqualTo(day("2024-11-22"));
    }

    @Test
    void otherAgencyConsultationIsExcludedUnderTheTwentyNineteenRegime() {
        List<DerivedClock> clocks = derive(
                RECEIVED,
                new ConsultationStarted("a1", ConsultationKind.OTHER_AGENCY, day("2024-10-14"), null),
                new ConsultationEnded("a1", "CONSENT", day("2024-10-16")));

        assertThat(clock(clocks, "REPLY").dueDate()).isEqualTo(day("2024-11-04"));
        DerivedClock answer = clock(clocks, "OTHER_AGENCY_ANSWER:a1");
        assertThat(answer.startDate())
                .as("receipt unknown: counted from sending")
                .isEqualTo(day("2024-10-14"));
        assertThat(answer.explanation())
                .anySatisfy(line -> assertThat(line).contains("15个工作日内提出意见，逾期未提出意见的视为同意公开（《政府信息公开条例》第三十四条）"));
    }

    @Test
    void overlappingConsultationsAreExcludedOnce() {
        List<DerivedClock> clocks = derive(
                RECEIVED,
                new ConsultationStarted("c1", ConsultationKind.THIRD_PARTY, day("2024-10-14"), day("2024-10-14")),
                new ConsultationStarted("a1", ConsultationKind.OTHER_AGENCY, day("2024-10-16"), day("2024-10-16")),
                new ConsultationEnded("c1", "CONSENT", day("2024-10-18")),
                new ConsultationEnded("a1", "CONSENT", day("2024-10-21")));

        // One window 10-14..10-21: 6 working days.
        assertThat(clock(clocks, "REPLY").pauses())
                .containsExactly(new DerivedClock.Pause(day("2024-10-14"), day("2024-10-21")));
        assertThat(clock(clocks, "REPLY").dueDate())
                .isEqualTo(CALENDAR.addWorkingDays(day("2024-10-30"), 6).date());
    }

    @Test
    void underTheTwentyEightRegimeOnlyThirdPartiesPauseAndWithoutAnswerPeriod() {
        List<DerivedClock> clocks = derive(
                new Received(day("2018-09-28"), false),
                new ConsultationStarted("a1", ConsultationKind.OTHER_AGENCY, day("2018-10-08"), null),
                new ConsultationStarted("t1", ConsultationKind.THIRD_PARTY, day("2018-10-10"), null));

        assertThat(clocks).extracting(c -> c.id().text()).containsExactly("REPLY");
        DerivedClock reply = clock(clocks, "REPLY");
        // T8.
        assertThat(reply.dueDate()).isEqualTo(day("2018-10-24"));
        assertThat(reply.state()).isEqualTo(DerivedClock.State.SUSPENDED);
        assertThat(reply.explanation())
                .anySatisfy(line -> assertThat(line).startsWith("2018年10月8日起征求其他机关意见（a1）的时间计入答复期限"));
    }

    @Test
    void extensionIsCountedFromTheOriginalDueDate() {
        DerivedClock reply = clock(derive(RECEIVED, new Extended(day("2024-10-25"), 20, null)), "REPLY");

        // T2.
        assertThat(reply.dueDate()).isEqualTo(day("2024-11-27"));
        assertThat(reply.workingDays()).isEqualTo(40);
        assertThat(reply.explanation())
                .contains("经政府信息公开工作机构负责人于2024年10月25日同意，答复期限延长20个工作日，"
                        + "自原答复期限届满日2024年10月30日起算，延至2024年11月27日（《政府信息公开条例》第三十三条第二款）。");
    }

    @Test
    void extensionUnderTheTwentyEightRegimeIsCappedAtFifteenWorkingDays() {
        DerivedClock reply = clock(
                derive(
                        new Received(day("2018-09-28"), false),
                        new Extended(day("2018-10-20"), 20, null),
                        new Extended(day("2018-11-01"), 5, null)),
                "REPLY");

        assertThat(reply.dueDate()).isEqualTo(day("2018-11-14"));
        assertThat(reply.workingDays()).isEqualTo(30);
        assertThat(reply.explanation())
                .anySatisfy(line ->
                        assertThat(line).contains("（申请延长20个工作日，最长不得超过15个工作日）").contains("2008年《政府信息公开条例》第二十四条"));
        assertThat(reply.explanation())
                .anySatisfy(line -> assertThat(line).contains("同意的延长未予计入：延长的期限最长不得超过15个工作日，已经用尽"));
    }

    @Test
    void feeWaitIsExcludedWhenConfigured() {
        List<DerivedClock> clocks = derive(
                RECEIVED, new FeeNoticeIssued("f1", day("2024-10-14"), null), new FeePaid("f1", day("2024-10-16")));

        assertThat(clock(clocks, "REPLY").dueDate()).isEqualTo(day("2024-11-04"));
        DerivedClock payment = clock(clocks, "FEE_PAYMENT:f1");
        assertThat(payment.dueDate()).isEqualTo(day("2024-11-11"));
        assertThat(payment.metOn()).isEqualTo(day("2024-10-16"));
    }

    @Test
    void feeWaitIsCountedWhenConfiguredOff() {
        List<DerivedClock> clocks = CaseClocks.derive(
                CALENDAR,
                List.of(
                        RECEIVED,
                        new FeeNoticeIssued("f1", day("2024-10-14"), null),
                        new FeePaid("f1", day("2024-10-16"))),
                new ClockRules(15, false, 20));

        DerivedClock reply = clock(clocks, "REPLY");
        assertThat(reply.dueDate()).isEqualTo(day("2024-10-30"));
        assertThat(reply.pauses()).isEmpty();
        assertThat(reply.explanation())
                .anySatisfy(line -> assertThat(line).startsWith("2024年10月14日发出收费通知（f1）后等待缴费的时间计入答复期限"));
    }

    @Test
    void unpaidFeePausesTheReplyUntilThePaymentPeriodEnds() {
        DerivedClock reply = clock(derive(RECEIVED, new FeeNoticeIssued("f1", day("2024-10-14"), null)), "REPLY");

        assertThat(reply.pauses()).containsExactly(new DerivedClock.Pause(day("2024-10-14"), day("2024-11-11")));
        assertThat(reply.status(CALENDAR, day("2024-10-20"), 3)).isEqualTo(ClockStatus.PAUSED);
    }

    @Test
    void pauseThatBeginsAfterTheDueDateDoesNotMoveIt() {
        DerivedClock reply = clock(
                derive(
                        RECEIVED,
                        new ConsultationStarted(
                                "c1", ConsultationKind.THIRD_PARTY, day("2024-11-01"), day("2024-11-01"))),
                "REPLY");

        assertThat(reply.dueDate()).isEqualTo(day("2024-10-30"));
        assertThat(reply.explanation()).anySatisfy(line -> assertThat(line).endsWith("之后，不予扣除。"));
    }

    @Test
    void replyMeetsTheClockAndAcceptanceMeetsTheCorrectionNotice() {
        List<DerivedClock> clocks = derive(RECEIVED, new Accepted(day("2024-09-30")), new Replied(day("2024-10-20")));

        assertThat(clock(clocks, "REPLY").status(CALENDAR, day("2024-12-01"), 3))
                .isEqualTo(ClockStatus.MET);
        assertThat(clock(clocks, "REPLY").explanation()).endsWith("已于2024年10月20日答复。");
        assertThat(clock(clocks, "CORRECTION_NOTICE").explanation()).endsWith("已于2024年9月30日受理，未要求补正。");
    }

    @Test
    void withdrawalStopsEveryClock() {
        List<DerivedClock> clocks = derive(
                RECEIVED,
                new FeeNoticeIssued("f1", day("2024-10-14"), null),
                new Stopped(day("2024-10-15"), "withdrawn"));

        assertThat(clocks).allSatisfy(c -> assertThat(c.state()).isEqualTo(DerivedClock.State.MET));
        assertThat(clock(clocks, "FEE_PAYMENT:f1").explanation()).endsWith("2024年10月15日申请人撤回申请，期限终止。");
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
        List<DerivedClock> clocks =
                derive(new Corrected(day("2024-10-15")), RECEIVED, new CorrectionRequested(day("2024-10-08"), 0));

        assertThat(clock(clocks, "REPLY").dueDate()).isEqualTo(day("2024-11-12"));
    }

    // ---- issue 10

    @Test
    void extensionApprovedAfterTheDueDateIsNotAppliedAndTheClockStaysOverdue() {
        // Item 3 (Art. 33 ¶2): received 2024-09-27, due 2024-10-30; an extension approved 2024-11-05 cannot erase
        // the breach even if its event arrived.
        DerivedClock reply = clock(derive(RECEIVED, new Extended(day("2024-11-05"), 20, day("2024-11-05"))), "REPLY");

        assertThat(reply.dueDate()).isEqualTo(day("2024-10-30"));
        assertThat(reply.workingDays()).isEqualTo(20);
        assertThat(reply.status(CALENDAR, day("2024-11-05"), 3)).isEqualTo(ClockStatus.OVERDUE);
        assertThat(reply.explanation())
                .contains("2024年11月5日同意的延长未予计入：答复期限已于2024年10月30日届满，" + "期限届满后不得再延长（《政府信息公开条例》第三十三条第二款）。");
    }

    @Test
    void extensionToldToTheApplicantSaysSo() {
        DerivedClock reply = clock(derive(RECEIVED, new Extended(day("2024-10-25"), 20, day("2024-10-28"))), "REPLY");

        assertThat(reply.dueDate()).isEqualTo(day("2024-11-27"));
        assertThat(reply.explanation()).anySatisfy(line -> assertThat(line).contains("并于2024年10月28日告知申请人"));
    }

    @Test
    void noAnswerEndsTheExclusionWindowAtTheEndOfTheAnswerPeriodWhenEverItIsEntered() {
        // Item 4 (Arts. 32, 33 ¶3): received 2024-04-22 (due 2024-05-21); letter sent and received 2024-04-30; the
        // third party's 15 working days end 2024-05-23, so the window is 04-30..05-23 and the reply is due 06-13.
        Received received = new Received(day("2024-04-22"), false);
        ConsultationStarted consultation =
                new ConsultationStarted("c1", ConsultationKind.THIRD_PARTY, day("2024-04-30"), day("2024-04-30"));
        for (String enteredOn : List.of("2024-05-24", "2024-05-06")) {
            List<DerivedClock> clocks =
                    derive(received, consultation, new ConsultationEnded("c1", "NO_ANSWER", day(enteredOn)));

            DerivedClock reply = clock(clocks, "REPLY");
            assertThat(reply.pauses())
                    .as(enteredOn)
                    .containsExactly(new DerivedClock.Pause(day("2024-04-30"), day("2024-05-23")));
            assertThat(reply.dueDate()).as(enteredOn).isEqualTo(day("2024-06-13"));
            assertThat(clock(clocks, "THIRD_PARTY_ANSWER:c1").dueDate()).isEqualTo(day("2024-05-23"));
        }
    }

    @Test
    void theAnswerPeriodRunsFromTheReceiptOfTheLetterRecordedAfterTheSending() {
        // Item 4: letter sent 2024-04-26, received by the third party 2024-04-30 -> answer due 2024-05-23 (T9).
        Received received = new Received(day("2024-04-22"), false);
        ConsultationStarted sent = new ConsultationStarted("c1", ConsultationKind.THIRD_PARTY, day("2024-04-26"), null);

        DerivedClock beforeReceipt = clock(derive(received, sent), "THIRD_PARTY_ANSWER:c1");
        assertThat(beforeReceipt.dueDate())
                .as("counted from the sending until the receipt is known")
                .isEqualTo(day("2024-05-20"));
        assertThat(beforeReceipt.explanation().get(0)).contains("收到的日期尚未登记，暂自发出之日起计算");

        List<DerivedClock> clocks = derive(received, sent, new ConsultationLetterReceived("c1", day("2024-04-30")));
        DerivedClock answer = clock(clocks, "THIRD_PARTY_ANSWER:c1");
        assertThat(answer.startDate()).isEqualTo(day("2024-04-30"));
        assertThat(answer.dueDate()).isEqualTo(day("2024-05-23"));
        assertThat(answer.explanation().get(0)).startsWith("第三方于2024年4月30日收到征求意见书");
        // The window opens on the sending and ends with the answer period counted from the receipt.
        assertThat(clock(clocks, "REPLY").pauses())
                .containsExactly(new DerivedClock.Pause(day("2024-04-26"), day("2024-05-23")));
    }

    @Test
    void aThirdPartysSilenceLeavesTheDecisionToTheAgencyAnotherAgencysIsDeemedConsent() {
        // Art. 32 vs Art. 34.
        List<DerivedClock> clocks = derive(
                RECEIVED,
                new ConsultationStarted("t1", ConsultationKind.THIRD_PARTY, day("2024-10-08"), day("2024-10-08")),
                new ConsultationStarted("a1", ConsultationKind.OTHER_AGENCY, day("2024-10-08"), day("2024-10-08")),
                new ConsultationEnded("t1", "NO_ANSWER", day("2024-10-30")),
                new ConsultationEnded("a1", "DEEMED_CONSENT", day("2024-10-30")));

        assertThat(clock(clocks, "THIRD_PARTY_ANSWER:t1").explanation())
                .last()
                .asString()
                .isEqualTo("第三方逾期未提出意见（期限于2024年10月28日届满），由行政机关依照本条例的规定决定（第三十二条）。");
        assertThat(clock(clocks, "OTHER_AGENCY_ANSWER:a1").explanation())
                .last()
                .asString()
                .isEqualTo("被征求意见机关逾期未提出意见（期限于2024年10月28日届满），视为同意公开（第三十四条）。");
    }

    @Test
    void feePeriodRunsFromTheDayAfterTheApplicantReceivesTheNotice() {
        // Item 5 (§1.13 收到收费通知次日起20个工作日): issued 2024-09-02, received 2024-09-05 -> due 2024-10-10.
        List<DerivedClock> clocks = derive(
                new Received(day("2024-08-26"), false),
                new FeeNoticeIssued("f1", day("2024-09-02"), null),
                new FeeNoticeReceived("f1", day("2024-09-05")));

        DerivedClock payment = clock(clocks, "FEE_PAYMENT:f1");
        assertThat(payment.kind()).isEqualTo(ClockKind.FEE_PAYMENT);
        assertThat(payment.startDate()).isEqualTo(day("2024-09-05"));
        assertThat(payment.dueDate()).isEqualTo(day("2024-10-10"));
        // By default the wait, from the notice to the end of the payment period, is left out of the reply period.
        assertThat(clock(clocks, "REPLY").pauses())
                .containsExactly(new DerivedClock.Pause(day("2024-09-02"), day("2024-10-10")));
    }

    @Test
    void unpaidFeeIsOverdueWhenTheCaseIsDeemedAbandoned() {
        // Item 1: fee notice received 2024-09-02, never paid: payable until 2024-09-30, so on 2024-10-08 the clock
        // that case-service reads as FEE_PAYMENT is overdue.
        List<DerivedClock> clocks = derive(
                new Received(day("2024-08-26"), false),
                new FeeNoticeIssued("F-7", day("2024-09-02"), day("2024-09-02")));

        DerivedClock payment = clocks.stream()
                .filter(c -> c.kind() == ClockKind.FEE_PAYMENT)
                .findFirst()
                .orElseThrow();
        assertThat(payment.id()).isEqualTo(ClockKey.parse("FEE_PAYMENT:F-7"));
        assertThat(payment.dueDate()).isEqualTo(day("2024-09-30"));
        assertThat(payment.status(CALENDAR, day("2024-10-08"), 3)).isEqualTo(ClockStatus.OVERDUE);
    }

    @Test
    void theLongerPeriodTheHeadSetsUnderArticle35IsWhatTheReplyClockShows() {
        // Item 14.
        DerivedClock reply = clock(derive(RECEIVED, new ReplyPeriodSet(day("2024-10-15"), day("2024-12-20"))), "REPLY");

        assertThat(reply.dueDate()).isEqualTo(day("2024-12-20"));
        assertThat(reply.status(CALENDAR, day("2024-11-05"), 3)).isEqualTo(ClockStatus.RUNNING);
        assertThat(reply.explanation())
                .anySatisfy(line -> assertThat(line).contains("确定延迟答复的合理期限至2024年12月20日并告知申请人（《政府信息公开条例》第三十五条）"));
    }

    @Test
    void aRecordCorrectionRequestRunsItsOwnClock() {
        // Item 19 (Art. 41): no period in the Regulation; the configured one (default 20 working days).
        List<DerivedClock> clocks = derive(new Received(day("2024-09-27"), true));

        assertThat(clocks).extracting(c -> c.id().text()).containsExactly("RECORD_CORRECTION");
        assertThat(clocks.get(0).dueDate()).isEqualTo(day("2024-10-30"));
        assertThat(clocks.get(0).explanation())
                .anySatisfy(line -> assertThat(line).contains("第四十一条"));
        List<DerivedClock> thirty = CaseClocks.derive(
                CALENDAR,
                List.of(new Received(day("2024-09-27"), true), new Replied(day("2024-11-01"))),
                new ClockRules(15, true, 30));
        assertThat(thirty.get(0).dueDate()).isEqualTo(day("2024-11-13"));
        assertThat(thirty.get(0).metOn()).isEqualTo(day("2024-11-01"));
    }

    @Test
    void anOrdinaryLetterMustBeConfirmedOnTheDayItArrives() {
        // Item 13 (Art. 31(二)): still waiting after its arrival day, the clock is overdue and the sweep alerts.
        DerivedClock waiting = clock(derive(new Arrived(day("2024-09-27"))), "CONFIRMATION");

        assertThat(waiting.dueDate()).isEqualTo(day("2024-09-27"));
        assertThat(waiting.state()).isEqualTo(DerivedClock.State.OPEN);
        assertThat(waiting.status(CALENDAR, day("2024-09-27"), 3)).isEqualTo(ClockStatus.DUE_SOON);
        assertThat(waiting.status(CALENDAR, day("2024-09-28"), 3)).isEqualTo(ClockStatus.OVERDUE);
        assertThat(waiting.explanation()).anySatisfy(line -> assertThat(line).contains("第三十一条第（二）项"));

        List<DerivedClock> confirmed = derive(new Arrived(day("2024-09-27")), new Received(day("2024-09-30"), false));
        assertThat(clock(confirmed, "CONFIRMATION").metOn()).isEqualTo(day("2024-09-30"));
        assertThat(clock(confirmed, "CONFIRMATION").explanation())
                .last()
                .asString()
                .isEqualTo("已于2024年9月30日与申请人确认，晚于寄达当日。");
        assertThat(clock(confirmed, "REPLY").startDate()).isEqualTo(day("2024-09-30"));
    }

    @Test
    void everyExplanationIsInChineseAndCitesItsArticle() {
        // Item 21.
        List<DerivedClock> clocks = derive(
                new Arrived(day("2024-09-27")),
                RECEIVED,
                new CorrectionRequested(day("2024-10-08"), 10),
                new Corrected(day("2024-10-15")),
                new ConsultationStarted("c1", ConsultationKind.THIRD_PARTY, day("2024-10-16"), null),
                new ConsultationLetterReceived("c1", day("2024-10-17")),
                new ConsultationStarted("a1", ConsultationKind.OTHER_AGENCY, day("2024-10-16"), day("2024-10-16")),
                new ConsultationEnded("a1", "CONSENT", day("2024-10-18")),
                new FeeNoticeIssued("f1", day("2024-10-21"), null),
                new FeePaid("f1", day("2024-10-22")),
                new Extended(day("2024-11-01"), 20, day("2024-11-01")),
                new Replied(day("2024-11-20")));

        assertThat(clocks).hasSize(7).allSatisfy(c -> {
            assertThat(c.explanation())
                    .as(c.id().text())
                    .noneSatisfy(line -> assertThat(line).containsPattern("[A-Za-z]{3,}"));
            assertThat(c.explanation())
                    .as(c.id().text())
                    .anySatisfy(line -> assertThat(line).containsPattern("第[一二三四五六七八九十]+条"));
        });
    }

    private static List<DerivedClock> derive(ClockEvent... events) {
        return CaseClocks.derive(CALENDAR, List.of(events), ClockRules.defaults());
    }

    private static DerivedClock clock(List<DerivedClock> clocks, String id) {
        return clocks.stream()
                .filter(c -> c.id().text().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no clock " + id + " in " + clocks));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
