package org.ogi.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReasonsDecisionTest {

    private static final LocalDate ASKED = LocalDate.of(2024, 9, 30);
    private static final LocalDate REPLY_DUE = LocalDate.of(2024, 10, 30);
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 10);

    /** Issue 10 item 14: the longer reply date is later than the one in force and told to the applicant. */
    @Test
    void aLongerPeriodIsLaterThanTheReplyDateInForceAndToldToTheApplicant() {
        ReasonsDecision longer = new ReasonsDecision(
                ReasonsDecision.Outcome.LONGER_PERIOD,
                LocalDate.of(2024, 10, 8),
                "申请数量大，理由合理",
                LocalDate.of(2024, 12, 31),
                TODAY);
        assertThat(longer.problems(ASKED, REPLY_DUE, TODAY)).isEmpty();
        ReasonsDecision notLonger =
                new ReasonsDecision(ReasonsDecision.Outcome.LONGER_PERIOD, null, "理由合理", REPLY_DUE, null);
        assertThat(notLonger.problems(ASKED, REPLY_DUE, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("replyDueDate", "applicantToldOn");
        assertThat(longer.problems(ASKED, null, TODAY))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("not known yet");
    }

    @Test
    void everyDecisionStatesItsAssessmentAndOnlyALongerPeriodSetsADate() {
        ReasonsDecision unreasonable = new ReasonsDecision(
                ReasonsDecision.Outcome.REASONS_NOT_REASONABLE, null, " ", LocalDate.of(2024, 12, 31), null);
        assertThat(unreasonable.problems(ASKED, REPLY_DUE, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("assessment", "replyDueDate");
        ReasonsDecision early =
                new ReasonsDecision(ReasonsDecision.Outcome.REASONABLE, LocalDate.of(2024, 9, 29), "理由合理", null, null);
        assertThat(early.problems(ASKED, REPLY_DUE, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("reasonsReceivedOn");
    }
}
