package org.ogi.web.forms;

import static org.ogi.web.forms.Field.date;
import static org.ogi.web.forms.Field.hidden;
import static org.ogi.web.forms.Field.lines;
import static org.ogi.web.forms.Field.number;
import static org.ogi.web.forms.Field.select;
import static org.ogi.web.forms.Field.text;
import static org.ogi.web.forms.Field.textarea;

import java.util.List;
import java.util.Optional;

/**
 * The form of every case-service workflow step (its WorkflowInputs), by the action name the case lists in
 * {@code allowedActions}. The page offers only the actions the service listed for the caller; drafting has its own
 * page.
 */
public final class CaseSteps {

    private static final String[] METHODS = {"POST=邮寄", "EMAIL=电子邮件", "PICKUP=当面领取", "ONLINE=网上"};

    private static final StepCatalog STEPS = new StepCatalog();

    static {
        add("ACCEPT", "acceptances", "受理", true, comment());
        add(
                "REQUEST_CORRECTION",
                "correction-requests",
                "要求补正",
                false,
                lines("itemsToCorrect", "需补正的事项（每行一项）"),
                number("periodWorkingDays", "补正期限（工作日）"),
                comment());
        add("RECORD_CORRECTION", "corrections", "登记补正", true, date("correctedReceivedDate", "收到补正之日"), comment());
        add("ABANDON", "abandonments", "视为放弃", false, comment());
        add("ASSIGN", "assignments", "分办", true, text("department", "承办科室"), text("officer", "承办人（用户名）"), comment());
        add(
                "START_CONSULTATION",
                "consultations",
                "征求意见",
                false,
                select("kind", "征求对象", "THIRD_PARTY=第三方", "OTHER_AGENCY=其他机关"),
                text("party", "名称"),
                date("letterSentOn", "发函日期"),
                date("letterReceivedOn", "对方收函日期"),
                comment());
        add(
                "RECORD_CONSULTATION_LETTER_RECEIPT",
                "consultations/{consultationId}/letter-receipts",
                "登记收函日期",
                false,
                text("consultationId", "征求意见编号"),
                date("letterReceivedOn", "对方收函日期"),
                comment());
        add(
                "RECORD_CONSULTATION_ANSWER",
                "consultations/{consultationId}/answers",
                "登记征求意见答复",
                false,
                text("consultationId", "征求意见编号"),
                select("outcome", "答复", "CONSENT=同意公开", "OBJECTION=不同意公开", "NO_ANSWER=逾期未答复", "DEEMED_CONSENT=视为同意"),
                date("answeredOn", "答复日期"),
                textarea("grounds", "不同意的理由"),
                comment());
        add(
                "NOTIFY_THIRD_PARTY",
                "consultations/{consultationId}/disclosure-notices",
                "书面告知第三方",
                false,
                text("consultationId", "征求意见编号"),
                date("notifiedOn", "告知日期"),
                textarea("informationToDisclose", "拟公开的信息"),
                textarea("publicInterestReasons", "公共利益理由"),
                comment());
        add(
                "EXTEND",
                "extensions",
                "延期答复",
                false,
                number("workingDays", "延长工作日数"),
                textarea("reason", "延期理由"),
                date("applicantToldOn", "告知申请人之日"),
                comment());
        add("REQUEST_REASONS", "reasons-requests", "要求说明理由", false, textarea("volumeObserved", "申请数量、频次情况"), comment());
        add(
                "DECIDE_ON_REASONS",
                "reasons-decisions",
                "对理由作出决定",
                false,
                select("outcome", "决定", "REASONS_NOT_REASONABLE=理由不合理", "REASONABLE=理由合理", "LONGER_PERIOD=确定延迟答复期限"),
                date("reasonsReceivedOn", "收到理由之日"),
                textarea("assessment", "审查意见"),
                date("replyDueDate", "延迟后的答复期限"),
                date("applicantToldOn", "告知申请人之日"),
                comment());
        add(
                "ISSUE_FEE_NOTICE",
                "fee-notices",
                "发出收费通知",
                false,
                select("mode", "计费方式", "PER_PAGE=按件计收", "PER_REQUEST=按量计收"),
                number("pages", "页数"),
                comment());
        add(
                "RECORD_FEE_NOTICE_RECEIPT",
                "fee-notice-receipts",
                "登记收费通知送达",
                false,
                date("receivedOn", "申请人收到之日"),
                comment());
        add("RECORD_FEE_PAYMENT", "fee-payments", "登记缴费", true, date("paidOn", "缴费日期"), comment());
        add("SUBMIT_DRAFT", "draft-submissions", "提交保密审查", true, comment());
        add("PASS_SECRECY_REVIEW", "secrecy-reviews", "保密审查通过", true, hidden("outcome", "PASSED"), comment());
        add(
                "RETURN_FROM_SECRECY_REVIEW",
                "secrecy-reviews",
                "保密审查退回",
                false,
                hidden("outcome", "RETURNED"),
                textarea("comment", "退回意见（必填）"));
        add("APPROVE", "approvals", "审核批准", true, hidden("outcome", "APPROVED"), comment());
        add(
                "RETURN_FROM_APPROVAL",
                "approvals",
                "审核退回",
                false,
                hidden("outcome", "RETURNED"),
                textarea("comment", "退回意见（必填）"));
        add(
                "REPLY",
                "replies",
                "作出答复",
                true,
                select("deliveryMethod", "送达方式", METHODS),
                date("repliedOn", "答复日期（默认今天）"),
                comment());
        add(
                "DECIDE_RECORD_CORRECTION",
                "record-correction-decisions",
                "作出更正决定",
                true,
                select(
                        "outcome",
                        "决定",
                        "CORRECTED=予以更正",
                        "FORWARDED=转送有权机关",
                        "APPLY_ELSEWHERE=告知向有权机关提出",
                        "REFUSED=不予更正"),
                textarea("checkFindings", "核实情况"),
                text("competentAgency", "有权机关"),
                text("competentAgencyContact", "有权机关联系方式"),
                textarea("reasons", "理由"),
                text("reconsiderationBody", "复议机关"),
                select("deliveryMethod", "送达方式", METHODS),
                comment());
        add(
                "RECORD_DELIVERY",
                "deliveries",
                "登记送达",
                true,
                select("method", "送达方式", METHODS),
                date("deliveredOn", "送达日期"),
                text("proof", "送达凭证（邮件号、邮箱、签收人）"),
                comment());
        add("CLOSE", "closures", "结案", true, comment());
        add(
                "WITHDRAW",
                "withdrawals",
                "登记撤回申请",
                false,
                date("withdrawnOn", "撤回日期（默认今天）"),
                text("reason", "撤回理由"),
                comment());
    }

    private CaseSteps() {}

    private static Field comment() {
        return textarea("comment", "备注（记入审计日志）");
    }

    private static void add(String action, String path, String label, boolean primary, Field... fields) {
        STEPS.add(action, path, label, primary, fields);
    }

    public static Optional<StepForm> of(String action) {
        return STEPS.of(action);
    }

    /** The forms of the listed actions, in the order of the workflow; actions without a form here are left out. */
    public static List<StepForm> forActions(List<String> allowed) {
        return STEPS.forActions(allowed);
    }
}
