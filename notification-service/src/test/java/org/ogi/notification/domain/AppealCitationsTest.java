package org.ogi.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppealCitationsTest {

    @Test
    void theAnswerToAnAppealIsDueUnderItsOwnArticle() {
        assertThat(AppealCitations.filed("RECONSIDERATION", "ORDINARY").full()).isEqualTo("《中华人民共和国行政复议法》第四十八条");
        assertThat(AppealCitations.filed("RECONSIDERATION", "SIMPLIFIED").brief())
                .isEqualTo("行政复议法第五十四条");
        assertThat(AppealCitations.filed("DIRECT_SUIT", "ORDINARY").full()).isEqualTo("《中华人民共和国行政诉讼法》第六十七条");
        assertThat(AppealCitations.filed("SECOND_INSTANCE", null).brief()).isEqualTo("行政诉讼法第八十五条");
        assertThat(AppealCitations.filed("RETRIAL", null).brief()).isEqualTo("行政诉讼法第九十条");
    }

    @Test
    void aNewReplyIsOrderedUnderTheRevocationOrThePerformanceArticle() {
        assertThat(AppealCitations.replyAgain("RECONSIDERATION", "REVOKED").brief())
                .isEqualTo("行政复议法第六十四条第一款");
        assertThat(AppealCitations.replyAgain("RECONSIDERATION", "ORDERED_TO_PERFORM")
                        .brief())
                .isEqualTo("行政复议法第六十六条");
        assertThat(AppealCitations.replyAgain("SUIT_AFTER_RECONSIDERATION", "PARTIALLY_REVOKED")
                        .brief())
                .isEqualTo("行政诉讼法第七十条");
        assertThat(AppealCitations.replyAgain("DIRECT_SUIT", "ORDERED_TO_PERFORM")
                        .brief())
                .isEqualTo("行政诉讼法第七十二条");
        assertThat(AppealCitations.replyAgain(null, "REVOKED").brief()).isEqualTo("行政复议法第六十四条第一款或行政诉讼法第七十条");
    }

    @Test
    void aDecisionWithoutANewReplyTellsTheNextRemedy() {
        assertThat(AppealCitations.remedy("RECONSIDERATION")).isEqualTo(AppealCitations.Remedy.SUE);
        assertThat(AppealCitations.remedyCitation(AppealCitations.Remedy.SUE).brief())
                .isEqualTo("行政诉讼法第四十五条");
        assertThat(AppealCitations.remedy("DIRECT_SUIT")).isEqualTo(AppealCitations.Remedy.APPEAL);
        assertThat(AppealCitations.remedyCitation(AppealCitations.Remedy.APPEAL).brief())
                .isEqualTo("行政诉讼法第八十五条");
        assertThat(AppealCitations.appealDays("RULING")).isEqualTo(10);
        assertThat(AppealCitations.appealDays("JUDGMENT")).isEqualTo(15);
        assertThat(AppealCitations.remedy("SECOND_INSTANCE")).isEqualTo(AppealCitations.Remedy.RETRIAL);
    }
}
