package org.ogi.cases.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyLetterTest {

    private static final LocalDate LETTER_DATE = LocalDate.of(2024, 10, 21);
    private static final ReplyLetter.Facts FACTS = new ReplyLetter.Facts("A-2024-000042", "东城区财政局", "张三",
            LocalDate.of(2024, 9, 27), "2025年区财政预算执行情况", LETTER_DATE);

    @ParameterizedTest
    @EnumSource(value = ReplyType.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"OTHER_CORRECTION_NOT_MADE", "OTHER_FEE_NOT_PAID"})
    void theDraftQuotesTheCaseAndStatesTheRemediesOfAdverseReplies(ReplyType type) {
        ReplyContent reply = ReplyContentTest.complete(type);
        String text = ReplyLetter.draft(reply, FACTS);

        assertThat(text).contains("张三", "2024年9月27日", "A-2024-000042", "2025年区财政预算执行情况", "东城区财政局",
                "2024年10月21日", reply.legalBasis());
        assertThat(ReplyLetter.missingRemedies(reply, text, LETTER_DATE)).isEmpty();
        if (type.isAdverse()) {
            assertThat(text).contains(reply.reasons(), "北京市东城区人民政府", "申请行政复议");
        }
        if (type.isRefusal()) {
            assertThat(text).contains("先向北京市东城区人民政府申请行政复议", "第二十三条");
        }
    }

    @Test
    void aLetterEditedWithoutTheRemediesIsRefused() {
        ReplyContent refusal = ReplyContentTest.complete(ReplyType.WITHHELD_STATE_SECRET);
        String edited = ReplyLetter.draft(refusal, FACTS).replace("先向", "向");
        assertThat(ReplyLetter.missingRemedies(refusal, edited, LETTER_DATE)).get().asString().contains("先向");

        ReplyContent notHeld = ReplyContentTest.complete(ReplyType.CANNOT_PROVIDE_NOT_HELD);
        assertThat(ReplyLetter.missingRemedies(notHeld, "答复如下：本机关不掌握。", LETTER_DATE)).isPresent();
        ReplyContent disclosed = ReplyContentTest.complete(ReplyType.DISCLOSED);
        assertThat(ReplyLetter.missingRemedies(disclosed, "予以公开。", LETTER_DATE)).isEmpty();
    }

    @Test
    void notThisAgencysLetterNamesTheResponsibleAgency() {
        ReplyContent reply = new ReplyContent(ReplyType.CANNOT_PROVIDE_NOT_HELD, false, null, null, "第三十六条第（五）项",
                "该信息不由本机关制作或保存", true, "北京市规划和自然资源委员会", "010-55595000", false, "区人民政府");
        assertThat(ReplyLetter.draft(reply, FACTS)).contains("北京市规划和自然资源委员会", "010-55595000");
    }

    @Test
    void alreadyPublishedLetterSaysWhere() {
        ReplyContent reply = new ReplyContent(ReplyType.DISCLOSED, true, "东城区政府网站“政府信息公开”栏目", null,
                "第三十六条第（一）项", null, false, null, null, false, null);
        assertThat(ReplyLetter.draft(reply, FACTS)).contains("已经主动公开", "东城区政府网站“政府信息公开”栏目");
    }

    @Test
    void theHashIsTheSha256OfTheUtf8Text() {
        assertThat(ReplyLetter.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ReplyLetter.sha256("答复")).hasSize(64).isNotEqualTo(ReplyLetter.sha256("答复 "));
    }
}
