package org.ogi.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReplyDueNoticeTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 9, 27);
    private static final LocalDate DUE = LocalDate.of(2024, 10, 31);

    private static ReplyDueNotice notice(CaseState state, LocalDate due, Integer extended, LocalDate longer) {
        return ReplyDueNotice.of(
                new ReplyDueNotice.Facts(state, RECEIVED, due, false, extended, longer, false, null, null));
    }

    @Test
    void theDueDateCitesArticle33AndItsTwentyWorkingDays() {
        ReplyDueNotice n = notice(CaseState.DRAFTING, DUE, null, null);
        assertThat(n.dueDate()).isEqualTo(DUE);
        assertThat(n.explanation()).isEqualTo("本机关应于2024-10-31前答复（自收到申请之日起20个工作日，《中华人民共和国政府信息公开条例》第三十三条第二款）。");
    }

    @Test
    void anExtensionSaysByHowManyWorkingDaysAndToWhen() {
        assertThat(notice(CaseState.APPROVAL, DUE, 20, null).explanation())
                .startsWith("经政府信息公开工作机构负责人同意，答复期限延长20个工作日，至2024-10-31")
                .contains("第三十三条第二款");
    }

    @Test
    void aConsultationPausesTheClockUnderArticle33Paragraph3() {
        assertThat(notice(CaseState.CONSULTING, DUE, null, null).explanation())
                .contains("期限暂停计算", "第三十三条第三款", "第三方或者其他机关");
    }

    @Test
    void duringACorrectionNoDateRunsAndArticle30IsCited() {
        ReplyDueNotice n = notice(CaseState.CORRECTION_REQUESTED, DUE, null, null);
        assertThat(n.dueDate()).isNull();
        assertThat(n.explanation()).contains("重新计算", "第三十条");
    }

    @Test
    void anArticle35DateAndAFeeNoticeAreExplained() {
        assertThat(notice(CaseState.DRAFTING, DUE, null, DUE).explanation()).contains("第三十五条", "延迟答复");
        assertThat(notice(CaseState.AWAITING_FEE, DUE, null, null).explanation())
                .contains("第四十二条");
    }

    @Test
    void a2008RequestCitesArticle24AndFifteenWorkingDays() {
        ReplyDueNotice n = ReplyDueNotice.of(new ReplyDueNotice.Facts(
                CaseState.CONSULTING, LocalDate.of(2018, 3, 1), DUE, true, null, null, false, null, null));
        assertThat(n.explanation())
                .contains("15个工作日", "第二十四条第二款", "第二十四条第三款", "2007年国务院令第492号", "暂定")
                .doesNotContain("其他机关");
        assertThat(n.provisional()).isTrue();
    }

    @Test
    void onceRepliedOrWithdrawnNoDateRuns() {
        ReplyDueNotice replied = ReplyDueNotice.of(new ReplyDueNotice.Facts(
                CaseState.DELIVERED, RECEIVED, DUE, false, null, null, false, LocalDate.of(2024, 10, 9), null));
        assertThat(replied.dueDate()).isNull();
        assertThat(replied.explanation()).isEqualTo("本机关已于2024-10-09作出答复。");
        assertThat(notice(CaseState.RECEIVED, null, null, null).explanation()).contains("正在计算");
    }

    @Test
    void staffStepsAreInProgressForTheApplicant() {
        assertThat(ApplicantStatus.of(CaseState.SECRECY_REVIEW)).isEqualTo(ApplicantStatus.IN_PROGRESS);
        assertThat(ApplicantStatus.of(CaseState.APPROVED).label()).isEqualTo("办理中");
        assertThat(ApplicantStatus.of(CaseState.REPLIED).replied()).isTrue();
        assertThat(ApplicantStatus.of(CaseState.REOPENED).replied()).isFalse();
    }
}
