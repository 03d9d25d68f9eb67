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

/** Filing an appeal and the forms of its steps (appeals-service's AppealsResource), by its allowedActions. */
public final class AppealSteps {

    /** Filing a reconsideration or a suit against one or more replies. */
    public static final List<Field> FILING = List.of(
            select(
                    "kind",
                    "类型",
                    "RECONSIDERATION=行政复议",
                    "DIRECT_SUIT=直接起诉",
                    "SUIT_AFTER_RECONSIDERATION=复议后起诉",
                    "SECOND_INSTANCE=二审",
                    "RETRIAL=再审"),
            lines("trackingNumbers", "被申请的答复（申请编号，每行一个）"),
            text("appellant", "申请人或原告"),
            text("forum", "复议机关或法院"),
            text("forumFileNumber", "案号"),
            select("procedure", "程序", "ORDINARY=普通程序", "SIMPLIFIED=简易程序"),
            date("filedOn", "申请或起诉日期"),
            date("copyReceivedOn", "收到副本日期"),
            date("knewOn", "申请人知道答复之日"),
            text("followsAppeal", "前一程序的编号（复议后起诉、二审、再审）"));

    private static final String[] OUTCOMES = {
        "UPHELD=维持",
        "CLAIM_DISMISSED=驳回复议请求或诉讼请求",
        "REVOKED=撤销",
        "PARTIALLY_REVOKED=部分撤销",
        "VARIED=变更",
        "DECLARED_UNLAWFUL=确认违法",
        "DECLARED_VOID=确认无效",
        "ORDERED_TO_PERFORM=责令履行",
        "ORDERED_TO_REPLY_AGAIN=责令重新答复",
        "NOT_ACCEPTED=不予受理",
        "APPLICATION_DISMISSED=驳回申请或起诉",
        "TERMINATED=终止",
        "WITHDRAWN=撤回",
        "MEDIATED=调解"
    };

    private static final StepCatalog STEPS = new StepCatalog();

    static {
        add("DRAFT_ANSWER", "answer/draft", "起草答复书", true, textarea("text", "答复意见"));
        add("REVIEW_ANSWER", "answer/review", "复核通过", true, hidden("approve", "true"), textarea("comment", "复核意见"));
        add("RETURN_ANSWER", "answer/review", "复核退回", false, hidden("approve", "false"), textarea("comment", "退回意见"));
        add(
                "SUBMIT_ANSWER",
                "answer/submission",
                "提交答复书",
                true,
                date("submittedOn", "提交日期"),
                lines("evidence", "证据材料（每行一项）"));
        add("NOTE_DATE", "dates", "记录日期", false, text("what", "事项（如开庭、听证）"), date("on", "日期"));
        add(
                "DECIDE",
                "outcome",
                "登记结果",
                true,
                select("outcome", "结果", OUTCOMES),
                select("form", "文书形式", "DECISION=复议决定书", "JUDGMENT=判决书", "RULING=裁定书"),
                date("decidedOn", "作出日期"),
                date("servedOn", "送达日期"),
                text("documentNumber", "文书编号"),
                date("replyAgainBy", "重新答复期限（责令重新答复时）"),
                number("replyAgainWorkingDays", "或：重新答复的工作日数"));
        add("WITHDRAW", "withdrawal", "登记撤回", false, date("withdrawnOn", "撤回日期"), text("reason", "理由"));
    }

    private AppealSteps() {}

    private static void add(String action, String path, String label, boolean primary, Field... fields) {
        STEPS.add(action, path, label, primary, fields);
    }

    public static Optional<StepForm> of(String action) {
        return STEPS.of(action);
    }

    public static List<StepForm> forActions(List<String> allowed) {
        return STEPS.forActions(allowed);
    }
}
