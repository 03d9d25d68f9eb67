package org.ogi.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final String BUDGET = "请提供2025年区财政预算执行情况报告全文";

    @Test
    void rewordedChineseRequestsForTheSameReportAreSimilarAndUnrelatedOnesAreNot() {
        assertThat(ContentSimilarity.dice(BUDGET, "请提供２０２５年区财政预算执行情况的报告全文。"))
                .isGreaterThanOrEqualTo(RepeatRule.SIMILAR);
        assertThat(ContentSimilarity.dice(BUDGET, "申请公开某路段拆迁补偿安置方案")).isLessThan(RepeatRule.SIMILAR);
        assertThat(ContentSimilarity.dice(BUDGET, BUDGET)).isEqualTo(1.0);
    }

    @Test
    void onlySimilarRequestsOfTheLastTwelveMonthsCount() {
        List<RepeatRule.Earlier> earlier = List.of(
                new RepeatRule.Earlier("A-2026-000001", TODAY.minusMonths(3), "2025年区财政预算执行情况报告全文"),
                new RepeatRule.Earlier("A-2025-000009", TODAY.minusMonths(13), BUDGET),
                new RepeatRule.Earlier("A-2026-000002", TODAY.minusDays(2), "某小区规划许可证"));

        assertThat(RepeatRule.possibleRepeats(BUDGET, TODAY, earlier)).containsExactly("A-2026-000001");
    }

    @Test
    void applicantsAreMatchedByNormalisedIdentityOrByNameAndPhone() {
        assertThat(RepeatRule.identityKey(IdType.RESIDENT_ID, "110105 19491231002x"))
                .isEqualTo(RepeatRule.identityKey(IdType.RESIDENT_ID, "11010519491231002X"));
        assertThat(RepeatRule.namePhoneKey("张 三", "+86 138-0013-8000"))
                .isEqualTo(RepeatRule.namePhoneKey("张三", "13800138000"));
        assertThat(RepeatRule.namePhoneKey("张三", null)).isEmpty();
    }
}
