package org.ogi.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCorrectionRuleTest {

    @Test
    void anArticle41RequestNamesTheRecordTheCorrectionAndItsEvidence() {
        // Issue 10 item 19.
        assertThat(RecordCorrectionRule.check(
                        RequestKind.RECORD_CORRECTION,
                        new RecordCorrectionRule.Asked("2023年度低保核定名单", "本人姓名误写为“张山”，应为“张三”", List.of("居民身份证复印件"))))
                .isEmpty();
        assertThat(RecordCorrectionRule.check(
                        RequestKind.RECORD_CORRECTION,
                        new RecordCorrectionRule.Asked("2023年度低保核定名单", "姓名有误", List.of(" "))))
                .extracting(Violation::field)
                .containsExactly("recordCorrection.evidence");
        assertThat(RecordCorrectionRule.check(RequestKind.RECORD_CORRECTION, null))
                .extracting(Violation::field)
                .containsExactly("recordCorrection");
    }

    @Test
    void aRequestForInformationNamesNoRecordToCorrect() {
        assertThat(RecordCorrectionRule.check(RequestKind.INFORMATION, null)).isEmpty();
        assertThat(RecordCorrectionRule.check(
                        RequestKind.INFORMATION, new RecordCorrectionRule.Asked("r", "c", List.of("e"))))
                .extracting(Violation::field)
                .containsExactly("recordCorrection");
    }
}
