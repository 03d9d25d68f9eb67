package org.ogi.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ogi.law.OutcomeGroup;

class WithdrawalTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 9, 27);
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 9);

    /** Issue 10 item 10: the withdrawal's own date, between receipt and today; staff say how it was made. */
    @Test
    void theWithdrawalDateLiesBetweenReceiptAndToday() {
        assertThat(new Withdrawal(LocalDate.of(2024, 10, 8), "申请人来电撤回", false).problems(RECEIVED, TODAY))
                .isEmpty();
        assertThat(new Withdrawal(TODAY, null, true).problems(RECEIVED, TODAY)).isEmpty();
        assertThat(new Withdrawal(null, "x", false).problems(RECEIVED, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("withdrawnOn");
        assertThat(new Withdrawal(RECEIVED.minusDays(1), "x", false).problems(RECEIVED, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("withdrawnOn");
        assertThat(new Withdrawal(TODAY.plusDays(1), " ", false).problems(RECEIVED, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("withdrawnOn", "reason");
    }

    /** The documented default row keeps 一 + 二 = （七） + 四: a withdrawn case counts under （六）其他处理 3.其他. */
    @Test
    void theDefaultRowIsOtherOther() {
        assertThat(Withdrawal.DEFAULT_OUTCOME.tableLabel()).isEqualTo("3.其他");
        assertThat(Withdrawal.DEFAULT_OUTCOME.group()).isEqualTo(OutcomeGroup.OTHER);
    }
}
