package org.ogi.deadline.domain;

import java.time.LocalDate;
import org.ogi.law.ReplyRegime;

/** The Chinese phrasing of clock explanations that depends on the regime: the articles cited and shared sentences. */
final class Wording {

    private final ReplyRegime regime;

    Wording(ReplyRegime regime) {
        this.regime = regime;
    }

    /** 2024年9月27日. */
    static String date(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    /** CPL Art. 85 (ogi-rules §6.1): the start day is not counted. */
    String start(String what) {
        return what + "，期间自次日起计算（期间开始之日不计算在期间内）。";
    }

    String replyPeriod(int days) {
        return (regime == ReplyRegime.OGI_2008
                        ? "不能当场答复的，应当自收到申请之日起" + days + "个工作日内予以答复（2008年《政府信息公开条例》第二十四条）"
                        : "不能当场答复的，应当自收到申请之日起" + days + "个工作日内予以答复（《政府信息公开条例》第三十三条第二款）")
                + "；工作日按国务院办公厅公布的节假日安排计算，调休上班日计为工作日。";
    }

    String replyArticle() {
        return regime == ReplyRegime.OGI_2008 ? "2008年《政府信息公开条例》第二十四条" : "《政府信息公开条例》第三十三条第二款";
    }

    String correctionArticle() {
        return regime == ReplyRegime.OGI_2008 ? "2008年《政府信息公开条例》第二十一条第（四）项" : "《政府信息公开条例》第三十条";
    }

    String due(CalendarAnswer due) {
        return "期限届满日：" + date(due.date()) + (due.provisional() ? "（所涉年度的节假日安排尚未公布，该日期为暂定）" : "") + "。";
    }

    /** The case ended; {@code reason} as the consumer recorded it (withdrawn, deemed abandoned (REASON), closed). */
    String stopped(ClockEvent.Stopped stopped) {
        String reason = stopped.reason();
        String what = reason.startsWith("withdrawn")
                ? "申请人撤回申请"
                : reason.contains("FEE_NOT_PAID")
                        ? "申请人逾期未缴纳信息处理费，视为放弃申请"
                        : reason.contains("CORRECTION_PERIOD_EXPIRED")
                                ? "申请人无正当理由逾期不补正，视为放弃申请"
                                : reason.startsWith("deemed abandoned")
                                        ? "视为放弃申请"
                                        : reason.startsWith("closed") ? "办结" : reason;
        return date(stopped.occurredOn()) + what + "，期限终止。";
    }
}
