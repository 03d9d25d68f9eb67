package org.ogi.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogi.cases.domain.RecordCorrectionDecision.Outcome.*;

import org.junit.jupiter.api.Test;

class RecordCorrectionDecisionTest {

    /** Issue 10 item 19: each Art. 41 outcome carries what it needs. */
    @Test
    void eachOutcomeCarriesWhatItNeeds() {
        assertThat(new RecordCorrectionDecision(CORRECTED, "登记的出生日期与户籍证明不符", null, null, null, null).problems())
                .isEmpty();
        assertThat(new RecordCorrectionDecision(CORRECTED, " ", null, null, null, null).problems())
                .extracting(FieldProblem::field)
                .containsExactly("checkFindings");
        assertThat(new RecordCorrectionDecision(FORWARDED, "核实", null, null, "非本机关职能", "区政府").problems())
                .extracting(FieldProblem::field)
                .containsExactly("competentAgency");
        assertThat(new RecordCorrectionDecision(APPLY_ELSEWHERE, "核实", "区公安分局", null, "非本机关职能", "区政府").problems())
                .extracting(FieldProblem::field)
                .containsExactly("competentAgencyContact");
        assertThat(new RecordCorrectionDecision(REFUSED, "证据不足以证明记录不准确", "某局", null, null, null).problems())
                .extracting(FieldProblem::field)
                .containsExactly("competentAgency", "reasons", "reconsiderationBody");
        assertThat(new RecordCorrectionDecision(null, null, null, null, null, null).problems())
                .extracting(FieldProblem::field)
                .containsExactly("outcome");
    }
}
