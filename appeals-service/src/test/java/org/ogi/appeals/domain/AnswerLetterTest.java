package org.ogi.appeals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.law.AppealKind;

class AnswerLetterTest {

    private static final AnswerLetter.CaseFacts CASE = new AnswerLetter.CaseFacts(
            "A-2024-000001",
            LocalDate.of(2024, 2, 1),
            "属于国家秘密",
            LocalDate.of(2024, 2, 28),
            LocalDate.of(2024, 3, 1),
            LocalDate.of(2024, 2, 29));

    @Test
    void aReconsiderationAnswerCitesArl48AndFillsInTheCaseFactsAndEvidence() {
        var letter = AnswerLetter.compose(new AnswerLetter.Facts(
                AppealKind.RECONSIDERATION,
                false,
                "某区财政局",
                "张三",
                "某区人民政府",
                "某复〔2024〕1号",
                LocalDate.of(2024, 4, 15),
                List.of(CASE),
                "答复合法。",
                List.of("申请表", "答复书及送达回证"),
                LocalDate.of(2024, 4, 25)));
        assertThat(letter.title()).isEqualTo("行政复议答复书");
        assertThat(letter.rows()).containsEntry("被申请人", "某区财政局").containsEntry("案号", "某复〔2024〕1号");
        assertThat(letter.paragraphs())
                .anySatisfy(p -> assertThat(p).contains("行政复议法》第四十八条"))
                .anySatisfy(p -> assertThat(p)
                        .contains("申请编号A-2024-000001")
                        .contains("2024年2月28日作出答复（属于国家秘密）")
                        .contains("2024年3月1日送达"))
                .contains("1. 申请表", "2. 答复书及送达回证", "答复合法。");
    }

    @Test
    void aDefenceAgainstNonPerformanceStatesTheReplyDueDate() {
        var letter = AnswerLetter.compose(new AnswerLetter.Facts(
                AppealKind.DIRECT_SUIT,
                true,
                "某区财政局",
                "张三",
                "某区人民法院",
                null,
                LocalDate.of(2024, 4, 15),
                List.of(CASE),
                null,
                List.of(),
                LocalDate.of(2024, 4, 25)));
        assertThat(letter.title()).isEqualTo("行政诉讼答辩状");
        assertThat(letter.rows()).containsEntry("答辩人", "某区财政局").containsEntry("案号", "（未编号）");
        assertThat(letter.paragraphs())
                .anySatisfy(p -> assertThat(p).contains("行政诉讼法》第六十七条"))
                .anySatisfy(p -> assertThat(p).contains("答复期限至2024年2月29日"))
                .contains("（尚未起草）", "（尚未列明）");
    }
}
