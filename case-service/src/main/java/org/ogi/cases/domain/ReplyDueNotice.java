package org.ogi.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ogi.law.ReplyRegime;

/**
 * The reply date as the applicant is told it, with a short explanation in Chinese citing the article that sets or
 * moves it; {@code dueDate} is null while no date runs (before it is computed, during a correction, once decided).
 */
public record ReplyDueNotice(LocalDate dueDate, boolean provisional, String explanation) {

    /**
     * What decides the applicant's reply date.
     *
     * @param replyDue             the date deadline-service announced for the reply clock in force, or null
     * @param extendedWorkingDays  the Art. 33 extension, or null
     * @param longerPeriodDue      the Art. 35 delayed date the agency set, or null
     * @param remanded             a reconsideration decision or judgment ordered a new reply
     */
    public record Facts(
            CaseState state,
            LocalDate receivedDate,
            LocalDate replyDue,
            boolean provisional,
            Integer extendedWorkingDays,
            LocalDate longerPeriodDue,
            boolean remanded,
            LocalDate repliedOn,
            LocalDate withdrawnOn) {}

    public static ReplyDueNotice of(Facts f) {
        ReplyRegime regime =
                f.receivedDate() == null ? ReplyRegime.OGI_2019 : ReplyRegime.forReceivedDate(f.receivedDate());
        boolean regime2019 = regime == ReplyRegime.OGI_2019;
        // 2008 Art. 24 ¶2/¶3 set the period and leave out consultations; 2019 Art. 33 ¶2/¶3 do.
        String period = Citation.of(regime, regime2019 ? "第三十三条第二款" : "第二十四条第二款");
        String consultation = Citation.of(regime, regime2019 ? "第三十三条第三款" : "第二十四条第三款");
        switch (f.state()) {
            case REPLIED, DELIVERED, CLOSED -> {
                return new ReplyDueNotice(null, false, "本机关已于" + f.repliedOn() + "作出答复。");
            }
            case WITHDRAWN -> {
                return new ReplyDueNotice(null, false, "您已于" + f.withdrawnOn() + "撤回申请，本机关不再答复。");
            }
            case ABANDONED -> {
                return new ReplyDueNotice(null, false, "申请已视为放弃，本机关不再答复。");
            }
            case CORRECTION_REQUESTED -> {
                // 2019 Art. 30 (2008 Art. 21(四)): the period runs again from the day the corrected application arrives.
                return new ReplyDueNotice(
                        null,
                        false,
                        "请按补正告知书补正申请。答复期限自本机关收到补正后的申请之日起重新计算（"
                                + Citation.of(regime, regime2019 ? "第三十条、第三十三条" : "第二十一条第（四）项") + "）。");
            }
            default -> {}
        }
        if (f.replyDue() == null) {
            return new ReplyDueNotice(null, false, "答复期限正在计算，请稍后查看（" + period + "）。");
        }
        List<String> lines = new ArrayList<>();
        if (f.remanded()) {
            lines.add("复议决定或者判决责令重新答复，本机关应于" + f.replyDue() + "前重新答复。");
        } else if (f.longerPeriodDue() != null && regime2019) {
            lines.add("本机关依照" + Citation.of(regime, "第三十五条") + "确定延迟答复，应于" + f.replyDue() + "前答复。");
        } else if (f.extendedWorkingDays() != null) {
            lines.add("经政府信息公开工作机构负责人同意，答复期限延长" + f.extendedWorkingDays() + "个工作日，至" + f.replyDue() + "（" + period
                    + "）。");
        } else {
            lines.add("本机关应于" + f.replyDue() + "前答复（自收到申请之日起" + regime.replyWorkingDays() + "个工作日，" + period + "）。");
        }
        switch (f.state()) {
            case CONSULTING ->
                lines.add("正在征求" + (regime2019 ? "第三方或者其他机关" : "第三方") + "的意见，所需时间不计算在答复期限内，期限暂停计算，征求意见结束后相应顺延（"
                        + consultation + "）。");
            case AWAITING_REASONS -> lines.add("本机关已请您说明申请的理由，请按告知书办理（" + Citation.of(regime, "第三十五条") + "）。");
            case AWAITING_FEE, FEE_NOTICE_RECEIVED ->
                lines.add("本机关已发出信息处理费缴费通知，请按通知缴纳（" + Citation.of(regime, "第四十二条") + "）。");
            default -> {}
        }
        if (f.provisional()) {
            lines.add("所涉年度的节假日安排尚未公布，该日期为暂定。");
        }
        return new ReplyDueNotice(f.replyDue(), f.provisional(), String.join("", lines));
    }
}
