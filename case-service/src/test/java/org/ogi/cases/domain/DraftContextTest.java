package org.ogi.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ogi.law.ReplyRegime;

class DraftContextTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 9, 27);

    private static DraftContext context(
            boolean corrected, ReasonsDecision.Outcome reasons, boolean objected, DraftContext.EarlierRequest earlier) {
        return new DraftContext(
                ReplyRegime.OGI_2019, "A-2024-000042", RECEIVED, "张三", corrected, reasons, objected, earlier);
    }

    private static DraftContext plain() {
        return context(false, null, false, null);
    }

    /** Issue 10 item 11. */
    @Test
    void unclearAfterCorrectionOnlyAfterACorrectionRan() {
        ReplyContent unclear = ReplyContentTest.complete(ReplyType.CANNOT_PROVIDE_UNCLEAR_AFTER_CORRECTION);
        assertThat(plain().problems(unclear)).extracting(FieldProblem::field).containsExactly("replyType");
        assertThat(context(true, null, false, null).problems(unclear)).isEmpty();
    }

    /** Issue 10 item 14: 「无正当理由大量反复申请」 only after reasons were asked for and found not reasonable. */
    @Test
    void excessiveRequestsOnlyAfterTheReasonsWereFoundNotReasonable() {
        ReplyContent excessive = ReplyContentTest.complete(ReplyType.NOT_PROCESSED_EXCESSIVE_REQUESTS);
        assertThat(plain().problems(excessive))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("Art. 35");
        assertThat(context(false, ReasonsDecision.Outcome.LONGER_PERIOD, false, null)
                        .problems(excessive))
                .isNotEmpty();
        assertThat(context(false, ReasonsDecision.Outcome.REASONS_NOT_REASONABLE, false, null)
                        .problems(excessive))
                .isEmpty();
    }

    /** Issue 10 item 15: the earlier request of the same applicant was answered before this one was received. */
    @Test
    void aRepeatNamesAnEarlierAnsweredRequestOfTheSameApplicant() {
        ReplyContent repeat = ReplyContentTest.complete(ReplyType.NOT_PROCESSED_REPEAT_REQUEST);
        String earlier = repeat.repeatOf();
        assertThat(context(false, null, false, new DraftContext.EarlierRequest(earlier, "张三", LocalDate.of(2024, 8, 1)))
                        .problems(repeat))
                .isEmpty();
        assertThat(context(false, null, false, null).problems(repeat))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("no request of this agency");
        assertThat(context(false, null, false, new DraftContext.EarlierRequest(earlier, "张三", null))
                        .problems(repeat))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("has not been answered");
        assertThat(context(
                                false,
                                null,
                                false,
                                new DraftContext.EarlierRequest(earlier, "张三", LocalDate.of(2024, 9, 30)))
                        .problems(repeat))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("after this request was received");
        assertThat(context(false, null, false, new DraftContext.EarlierRequest(earlier, "李四", LocalDate.of(2024, 8, 1)))
                        .problems(repeat))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("another applicant");
    }

    /** Issue 10 item 16: disclosing over a reasoned objection states the public interest. */
    @Test
    void aDisclosureOverAnObjectionStatesThePublicInterest() {
        ReplyContent disclosed = ReplyContentTest.complete(ReplyType.DISCLOSED);
        assertThat(context(false, null, true, null).problems(disclosed))
                .extracting(FieldProblem::field)
                .containsExactly("publicInterestReasons");
        ReplyContent withReasons = ReplyContentBuilder.of(ReplyType.DISCLOSED)
                .legalBasis("b")
                .publicInterestReasons("涉及公众健康安全")
                .build();
        assertThat(context(false, null, true, null).problems(withReasons)).isEmpty();
        // Withholding the third party's part is what the objection asked for.
        ReplyContent partial = ReplyContentTest.complete(ReplyType.PARTIALLY_DISCLOSED);
        assertThat(partial.withheldGround()).isEqualTo(ReplyType.WITHHELD_THIRD_PARTY_RIGHTS);
        assertThat(context(false, null, true, null).problems(partial)).isEmpty();
    }
}
