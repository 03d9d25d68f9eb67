package org.ogi.appeals.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ogi.law.AppealKind;

/**
 * The agency's written answer to a reconsideration (行政复议答复书, ARL 2023 Art. 48) or defence in a suit (行政诉讼答辩状,
 * ALL Art. 67), filled in with the case facts, the drafted opinion and the evidence list (documents of the case file
 * are named, not copied).
 */
public final class AnswerLetter {

    /**
     * One case the appeal concerns, as appeals-service knows it.
     *
     * @param replyType the reply's table 三 label (e.g. 属于国家秘密); its code only for replies announced without one
     */
    public record CaseFacts(
            String trackingNumber,
            LocalDate receivedDate,
            String replyType,
            LocalDate repliedOn,
            LocalDate deliveredOn,
            LocalDate replyDueDate) {}

    /** @param agencyName the agency's name as its letters print it (never its code) */
    public record Facts(
            AppealKind kind,
            boolean nonPerformance,
            String agencyName,
            String appellant,
            String forum,
            String forumFileNumber,
            LocalDate copyReceivedOn,
            List<CaseFacts> cases,
            String opinion,
            List<String> evidence,
            LocalDate date) {}

    /** The letter's parts: title, key-value rows, then paragraphs. */
    public record Letter(String title, Map<String, String> rows, List<String> paragraphs) {}

    private AnswerLetter() {}

    public static Letter compose(Facts f) {
        boolean reconsideration = f.kind() == AppealKind.RECONSIDERATION;
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        rows.put(reconsideration ? "被申请人" : "答辩人", f.agencyName());
        rows.put(reconsideration ? "申请人" : "被答辩人", f.appellant());
        rows.put(reconsideration ? "复议机关" : "人民法院", f.forum());
        rows.put("案号", f.forumFileNumber() == null ? "（未编号）" : f.forumFileNumber());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add("本机关于" + cn(f.copyReceivedOn()) + "收到" + (reconsideration ? "行政复议申请书副本" : "起诉状副本")
                + "，现依照" + (reconsideration ? "《中华人民共和国行政复议法》第四十八条" : "《中华人民共和国行政诉讼法》第六十七条")
                + "的规定，提出" + (reconsideration ? "书面答复" : "答辩状") + "并提交作出行政行为的证据、依据。");
        paragraphs.add("一、事实");
        for (CaseFacts c : f.cases()) {
            StringBuilder fact = new StringBuilder(f.appellant() + "的政府信息公开申请（申请编号" + c.trackingNumber() + "）");
            if (c.receivedDate() != null) {
                fact.append("于").append(cn(c.receivedDate())).append("收到");
            }
            if (f.nonPerformance() || c.repliedOn() == null) {
                fact.append("，答复期限至")
                        .append(c.replyDueDate() == null ? "（未知）" : cn(c.replyDueDate()))
                        .append("。");
            } else {
                fact.append("，本机关于")
                        .append(cn(c.repliedOn()))
                        .append("作出答复（")
                        .append(c.replyType())
                        .append("）");
                if (c.deliveredOn() != null) {
                    fact.append("，于").append(cn(c.deliveredOn())).append("送达");
                }
                fact.append("。");
            }
            paragraphs.add(fact.toString());
        }
        paragraphs.add(reconsideration ? "二、答复意见" : "二、答辩意见");
        paragraphs.add(f.opinion() == null || f.opinion().isBlank() ? "（尚未起草）" : f.opinion());
        paragraphs.add("三、证据、依据");
        if (f.evidence().isEmpty()) {
            paragraphs.add("（尚未列明）");
        }
        for (int i = 0; i < f.evidence().size(); i++) {
            paragraphs.add((i + 1) + ". " + f.evidence().get(i));
        }
        paragraphs.add("此致");
        paragraphs.add(f.forum());
        paragraphs.add(f.agencyName() + "　" + cn(f.date()));
        return new Letter(reconsideration ? "行政复议答复书" : "行政诉讼答辩状", rows, paragraphs);
    }

    private static String cn(LocalDate day) {
        return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }
}
