package org.ogi.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/** The Chinese names of the services' codes, for the pages ({@code inject:labels.state(code)}); unknown codes as is. */
@Named("labels")
@ApplicationScoped
public class Labels {

    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("RECEIVED", "已收到"),
            Map.entry("CORRECTION_REQUESTED", "待补正"),
            Map.entry("CORRECTED", "已补正"),
            Map.entry("ACCEPTED", "已受理"),
            Map.entry("DRAFTING", "拟办中"),
            Map.entry("CONSULTING", "征求意见中"),
            Map.entry("AWAITING_FEE", "待缴费"),
            Map.entry("FEE_NOTICE_RECEIVED", "收费通知已送达"),
            Map.entry("AWAITING_REASONS", "待说明理由"),
            Map.entry("SECRECY_REVIEW", "保密审查中"),
            Map.entry("APPROVAL", "待审核"),
            Map.entry("APPROVED", "已审核"),
            Map.entry("REPLIED", "已答复"),
            Map.entry("DELIVERED", "已送达"),
            Map.entry("CLOSED", "已办结"),
            Map.entry("REOPENED", "重新答复中"),
            Map.entry("ABANDONED", "视为放弃"),
            Map.entry("WITHDRAWN", "已撤回"),
            // intake's request status
            Map.entry("AWAITING_CONFIRMATION", "待确认收到日期"));

    private static final Map<String, String> CLOCKS = Map.of(
            "RUNNING", "计时中",
            "PAUSED", "中止计算",
            "MET", "已按期完成",
            "DUE_SOON", "即将到期",
            "OVERDUE", "已逾期");

    private static final Map<String, String> CHANNELS = Map.of(
            "WEB", "网上申请",
            "LETTER", "信函",
            "FAX", "传真",
            "IN_PERSON", "当面",
            "ORAL", "口头");

    private static final Map<String, String> APPEALS = Map.of(
            "FILED", "已立案",
            "ANSWER_DRAFTED", "答复书已起草",
            "ANSWER_REVIEWED", "答复书已复核",
            "ANSWER_SUBMITTED", "答复书已提交",
            "DECIDED", "已决定",
            "WITHDRAWN", "已撤回",
            "RECONSIDERATION", "行政复议",
            "LAWSUIT", "行政诉讼");

    /** report-service's invariants of the annual report (its Discrepancy.Rule). */
    private static final Map<String, String> REPORT_RULES = Map.of(
            "BALANCE", "一 + 二 = （七）总计 + 四",
            "RESULTS_ADD_UP", "（七）总计 = 各办理结果之和",
            "COLUMNS_ADD_UP", "总计 = 自然人 + 法人或其他组织各列之和",
            "BLOCK_ADDS_UP", "总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结");

    public String state(Object code) {
        return label(STATES, code);
    }

    public String clock(Object code) {
        return label(CLOCKS, code);
    }

    public String channel(Object code) {
        return label(CHANNELS, code);
    }

    public String appeal(Object code) {
        return label(APPEALS, code);
    }

    public String reportRule(Object code) {
        return label(REPORT_RULES, code);
    }

    private static String label(Map<String, String> labels, Object code) {
        return code == null ? "" : labels.getOrDefault(code.toString(), code.toString());
    }
}
