package org.ogi.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogi.law.ReplyRegime;

class ReplyLetterTest {

    private static final LocalDate LETTER_DATE = LocalDate.of(2024, 10, 21);
    private static final ReplyLetter.Facts FACTS = new ReplyLetter.Facts(
            "A-2024-000042", "东城区财政局", "张三", LocalDate.of(2024, 9, 27), "2025年区财政预算执行情况", LETTER_DATE);

    @ParameterizedTest
    @EnumSource(
            value = ReplyType.class,
            mode = EnumSource.Mode.EXCLUDE,
            names = {"OTHER_CORRECTION_NOT_MADE", "OTHER_FEE_NOT_PAID"})
    void theDraftQuotesTheCaseAndStatesTheRemediesOfAdverseReplies(ReplyType type) {
        ReplyContent reply = ReplyContentTest.complete(type);
        String text = ReplyLetter.draft(reply, FACTS);

        assertThat(text)
                .contains(
                        "张三",
                        "2024年9月27日",
                        "A-2024-000042",
                        "2025年区财政预算执行情况",
                        "东城区财政局",
                        "2024年10月21日",
                        reply.legalBasis());
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
        assertThat(ReplyLetter.missingRemedies(refusal, edited, LETTER_DATE))
                .get()
                .asString()
                .contains("先向");

        ReplyContent notHeld = ReplyContentTest.complete(ReplyType.CANNOT_PROVIDE_NOT_HELD);
        assertThat(ReplyLetter.missingRemedies(notHeld, "答复如下：本机关不掌握。", LETTER_DATE))
                .isPresent();
        ReplyContent disclosed = ReplyContentTest.complete(ReplyType.DISCLOSED);
        assertThat(ReplyLetter.missingRemedies(disclosed, "予以公开。", LETTER_DATE)).isEmpty();
    }

    @Test
    void theRepliedEventSaysWhetherTheLetterToldTheRemedies() {
        ReplyContent refusal = ReplyContentTest.complete(ReplyType.WITHHELD_STATE_SECRET);
        String letter = ReplyLetter.draft(refusal, FACTS);
        assertThat(ReplyLetter.statesRemedies(refusal, letter, LETTER_DATE)).isTrue();
        assertThat(ReplyLetter.statesRemedies(refusal, letter.replace("先向", "向"), LETTER_DATE))
                .isFalse();
        ReplyContent disclosed = ReplyContentTest.complete(ReplyType.DISCLOSED);
        assertThat(ReplyLetter.statesRemedies(disclosed, "予以公开。", LETTER_DATE)).isFalse();
    }

    @Test
    void notThisAgencysLetterNamesTheResponsibleAgency() {
        ReplyContent reply = ReplyContentBuilder.of(ReplyType.CANNOT_PROVIDE_NOT_HELD)
                .legalBasis("第三十六条第（五）项")
                .reasons("该信息不由本机关制作或保存")
                .notThisAgency(true)
                .responsibleAgency("北京市规划和自然资源委员会")
                .responsibleAgencyContact("010-55595000")
                .reconsiderationBody("区人民政府")
                .build();
        assertThat(ReplyLetter.draft(reply, FACTS)).contains("北京市规划和自然资源委员会", "010-55595000");
    }

    @Test
    void alreadyPublishedLetterSaysWhere() {
        ReplyContent reply = ReplyContentBuilder.of(ReplyType.DISCLOSED)
                .alreadyPublished(true)
                .publicationLocation("东城区政府网站“政府信息公开”栏目")
                .legalBasis("第三十六条第（一）项")
                .build();
        assertThat(ReplyLetter.draft(reply, FACTS)).contains("已经主动公开", "东城区政府网站“政府信息公开”栏目");
    }

    @Test
    void theHashIsTheSha256OfTheUtf8Text() {
        assertThat(ReplyLetter.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(ReplyLetter.sha256("答复")).hasSize(64).isNotEqualTo(ReplyLetter.sha256("答复 "));
    }

    private static ReplyLetter.Facts factsOn(LocalDate received, LocalDate letterDate) {
        return new ReplyLetter.Facts("A-2024-000042", "东城区财政局", "张三", received, "预算执行情况", letterDate);
    }

    /** Issue 10 item 6: DISCLOSED, already published, no basis given → the letter cites 第三十六条第（一）项. */
    @Test
    void anAlreadyPublishedDisclosureWithoutABasisCitesArticle36Item1() {
        ReplyContent reply = ReplyContentBuilder.of(ReplyType.DISCLOSED)
                .alreadyPublished(true)
                .publicationLocation("东城区政府网站")
                .build()
                .withDefaultLegalBasis(ReplyRegime.OGI_2019);
        assertThat(ReplyLetter.draft(reply, FACTS)).contains("第三十六条第（一）项").doesNotContain("第三十六条第（二）项");
    }

    /** Issue 10 item 6: information that does not exist is told as 「不存在」 under Art. 36(四). */
    @Test
    void informationThatDoesNotExistIsToldSo() {
        ReplyContent reply = ReplyContentBuilder.of(ReplyType.CANNOT_PROVIDE_NOT_HELD)
                .reasons("本机关未制作、获取该信息")
                .reconsiderationBody("北京市东城区人民政府")
                .build()
                .withDefaultLegalBasis(ReplyRegime.OGI_2019);
        assertThat(ReplyLetter.draft(reply, FACTS)).contains("不存在", "第三十六条第（四）项");
    }

    /** Issue 10 item 7: Art. 36(七) refers the applicant to the special law and decides no refusal. */
    @Test
    void anAdministrativeQueryLetterRefersToTheSpecialLaw() {
        ReplyContent reply = ReplyContentTest.complete(ReplyType.WITHHELD_ADMINISTRATIVE_QUERY);
        String text = ReplyLetter.draft(reply, FACTS);
        assertThat(text).contains("请您依照《不动产登记暂行条例》的规定办理").doesNotContain("决定不予公开");
        assertThat(ReplyLetter.draft(ReplyContentTest.complete(ReplyType.WITHHELD_STATE_SECRET), FACTS))
                .contains("决定不予公开");
    }

    /** Issue 10 item 8: the limits of the remedies stay in an edited letter. */
    @Test
    void anEditedLetterKeepsTheLimitsOfTheRemedies() {
        ReplyContent refusal = ReplyContentTest.complete(ReplyType.WITHHELD_STATE_SECRET);
        String text = ReplyLetter.draft(refusal, FACTS);
        assertThat(text).contains("六十日内先向", "第二十条", "第二十三条第一款第（四）项", "十五日内");
        assertThat(ReplyLetter.missingRemedies(refusal, text.replace("六十日", "三十日"), LETTER_DATE))
                .get()
                .asString()
                .contains("三十日", "ARL Art. 20");
        assertThat(ReplyLetter.missingRemedies(refusal, text.replace("十五日内依法提起", "三个月内依法提起"), LETTER_DATE))
                .isPresent();

        ReplyContent notHeld = ReplyContentTest.complete(ReplyType.CANNOT_PROVIDE_NOT_HELD);
        String ordinary = ReplyLetter.draft(notHeld, FACTS);
        assertThat(ordinary).contains("六十日内向北京市东城区人民政府申请行政复议", "六个月内依法提起行政诉讼", "第四十六条");
        assertThat(ReplyLetter.missingRemedies(notHeld, ordinary, LETTER_DATE)).isEmpty();
        assertThat(ReplyLetter.missingRemedies(notHeld, ordinary.replace("六个月内", "三个月内"), LETTER_DATE))
                .isPresent();
        assertThat(ReplyLetter.missingRemedies(
                        notHeld, ordinary.replace("自收到本告知书之日起六个月内依法提起行政诉讼", "依法提起行政诉讼"), LETTER_DATE))
                .get()
                .asString()
                .contains("ALL Art. 46");
        assertThat(ReplyLetter.missingRemedies(notHeld, ordinary.replace("六十日内向", "向"), LETTER_DATE))
                .isPresent();
        // Rewording around the limits is fine.
        assertThat(ReplyLetter.missingRemedies(notHeld, ordinary.replace("如对本答复不服，", "您如不服本答复，"), LETTER_DATE))
                .isEmpty();
    }

    /**
     * Issue 10 item 9: a withholding drafted on 2023-12-29 and replied on 2024-01-03 is dated 2024-01-03 and says
     * that reconsideration comes first (ARL 2023 Art. 23(四), in force 2024-01-01).
     */
    @Test
    void theLetterFollowsTheDayOfTheReplyNotOfTheDraft() {
        ReplyContent refusal = ReplyContentTest.complete(ReplyType.WITHHELD_INTERNAL_AFFAIRS);
        LocalDate drafted = LocalDate.of(2023, 12, 29);
        LocalDate replied = LocalDate.of(2024, 1, 3);
        String draft = ReplyLetter.draft(refusal, factsOn(LocalDate.of(2023, 12, 1), drafted));
        assertThat(draft).contains("2023年12月29日").doesNotContain("先向");

        String sent = ReplyLetter.forReplyDate(draft, refusal, drafted, replied).orElseThrow();
        assertThat(sent)
                .endsWith("\n2024年1月3日\n")
                .contains("六十日内先向北京市东城区人民政府申请行政复议")
                .doesNotContain("2023年12月29日");
        assertThat(ReplyLetter.missingRemedies(refusal, sent, replied)).isEmpty();
        assertThat(sent).isEqualTo(ReplyLetter.draft(refusal, factsOn(LocalDate.of(2023, 12, 1), replied)));

        // An edit that removed the template's paragraph cannot be brought up to date: it is drafted again.
        String edited = draft.replace("如对本答复不服，", "若不服，");
        assertThat(ReplyLetter.forReplyDate(edited, refusal, drafted, replied)).isEmpty();
        // Same remedies on both days: only the date moves.
        ReplyContent notHeld = ReplyContentTest.complete(ReplyType.CANNOT_PROVIDE_NOT_HELD);
        String notHeldDraft =
                ReplyLetter.draft(notHeld, factsOn(LocalDate.of(2024, 9, 27), LocalDate.of(2024, 10, 21)));
        assertThat(ReplyLetter.forReplyDate(
                        notHeldDraft, notHeld, LocalDate.of(2024, 10, 21), LocalDate.of(2024, 10, 22)))
                .get()
                .asString()
                .endsWith("\n2024年10月22日\n");
        assertThat(ReplyLetter.forReplyDate(notHeldDraft, notHeld, LETTER_DATE, LETTER_DATE))
                .contains(notHeldDraft);
    }

    /** Before 2024 the letter cites ARL 2017 Art. 9; from 2024 ARL 2023 Art. 20. */
    @Test
    void theReconsiderationArticleFollowsTheLawOfTheLettersDay() {
        ReplyContent notHeld = ReplyContentTest.complete(ReplyType.CANNOT_PROVIDE_NOT_HELD);
        assertThat(ReplyLetter.draft(notHeld, factsOn(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 20))))
                .contains("《中华人民共和国行政复议法》第九条");
        assertThat(ReplyLetter.draft(notHeld, FACTS)).contains("《中华人民共和国行政复议法》第二十条");
    }

    /** Issue 10 item 2: a 2008-regime reply cites the 2008 article and its ground. */
    @Test
    void a2008ReplyCitesThe2008ArticleAndGround() {
        ReplyContent reply = ReplyContentBuilder.of(ReplyType.WITHHELD_THIRD_PARTY_RIGHTS)
                .reasons("涉及个人隐私")
                .reconsiderationBody("北京市东城区人民政府")
                .build()
                .withDefaultLegalBasis(ReplyRegime.OGI_2008);
        String text = ReplyLetter.draft(reply, factsOn(LocalDate.of(2018, 9, 28), LocalDate.of(2018, 10, 20)));
        assertThat(text).contains("（2007年国务院令第492号公布）第十四条第四款", "涉及商业秘密、个人隐私").doesNotContain("保护第三方合法权益", "第十五条");
    }

    /** Issue 10 item 15: a repeat request's letter names the earlier request. */
    @Test
    void aRepeatLetterNamesTheEarlierRequest() {
        ReplyContent reply = ReplyContentTest.complete(ReplyType.NOT_PROCESSED_REPEAT_REQUEST);
        assertThat(ReplyLetter.draft(reply, FACTS)).contains("编号：A-2024-000001", "不予重复处理");
    }

    /** Issue 10 item 16: the public-interest reasons and the notice to the third party appear in the letter. */
    @Test
    void aDisclosureOverAnObjectionStatesThePublicInterest() {
        ReplyContent reply = ReplyContentBuilder.of(ReplyType.DISCLOSED)
                .legalBasis("《中华人民共和国政府信息公开条例》第三十二条")
                .publicInterestReasons("该信息涉及公众健康安全")
                .build();
        assertThat(ReplyLetter.draft(reply, FACTS)).contains("该信息涉及公众健康安全", "书面告知第三方");
    }

    /** Issue 10 item 19: the Art. 41 letter cites Art. 41 and states remedies unless corrected. */
    @Test
    void theRecordCorrectionLetterCitesArticle41() {
        RecordCorrectionDecision corrected = new RecordCorrectionDecision(
                RecordCorrectionDecision.Outcome.CORRECTED, "户籍证明显示出生日期为1980年1月2日", null, null, null, null);
        String text = ReplyLetter.recordCorrection(corrected, FACTS);
        assertThat(text)
                .contains("更正政府信息申请答复告知书", "第四十一条", "已予以更正", "2024年10月21日")
                .doesNotContain("行政复议");
        assertThat(ReplyLetter.missingRemedies(corrected, text, LETTER_DATE)).isEmpty();
        RecordCorrectionDecision forwarded = new RecordCorrectionDecision(
                RecordCorrectionDecision.Outcome.FORWARDED, "该记录由区公安分局制作", "区公安分局", null, "不属于本机关职能范围", "北京市东城区人民政府");
        String forwardedText = ReplyLetter.recordCorrection(forwarded, FACTS);
        assertThat(forwardedText).contains("转送有权更正的行政机关区公安分局", "六十日内向北京市东城区人民政府申请行政复议");
        assertThat(ReplyLetter.missingRemedies(forwarded, forwardedText, LETTER_DATE))
                .isEmpty();
        RecordCorrectionDecision refused = new RecordCorrectionDecision(
                RecordCorrectionDecision.Outcome.REFUSED, "证据不足", null, null, "所附证据不能证明记录不准确", "北京市东城区人民政府");
        assertThat(ReplyLetter.recordCorrection(refused, FACTS))
                .contains("不予更正")
                .doesNotContain("先向");
    }
}
