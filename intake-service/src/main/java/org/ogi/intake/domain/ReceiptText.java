package org.ogi.intake.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wording of the receipt (回执) handed over at the counter or for an oral request, and of the acknowledgement
 * sent for web, letter and fax requests.
 */
public final class ReceiptText {

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private ReceiptText() {}

    /** The facts a receipt states; {@code receivedDate} is null while the request awaits confirmation. */
    public record Facts(
            String agency,
            String trackingNumber,
            Channel channel,
            LocalDate receivedDate,
            String applicantName,
            String title,
            String documentNumber,
            String description,
            List<MissingContent> missing) {}

    public static String title(Channel channel) {
        return channel == Channel.IN_PERSON || channel == Channel.ORAL ? "政府信息公开申请回执" : "政府信息公开申请收悉确认书";
    }

    public static Map<String, String> rows(Facts f) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("受理机关", f.agency());
        rows.put("申请编号", f.trackingNumber());
        rows.put("申请人", f.applicantName() == null ? "（未填写）" : f.applicantName());
        rows.put("提交方式", channelName(f.channel()));
        rows.put(
                "收到申请之日",
                f.receivedDate() == null ? "待确认（以本机关与申请人确认之日为收到申请之日）" : CHINESE_DATE.format(f.receivedDate()));
        rows.put("所需信息名称", orDash(f.title()));
        rows.put("文号", orDash(f.documentNumber()));
        rows.put("内容描述", orDash(f.description()));
        return rows;
    }

    /** How the reply deadline runs (Art. 33), and what follows from missing contents (Art. 30). */
    public static List<String> notes(Facts f) {
        String deadline = "答复期限：根据《中华人民共和国政府信息公开条例》第三十三条，本机关自收到申请之日起20个工作日内予以答复；"
                + "需要延长答复期限的，经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。"
                + "征求第三方和其他机关意见所需时间不计算在上述期限内。";
        if (f.missing().isEmpty()) {
            return List.of(deadline);
        }
        StringBuilder missing = new StringBuilder();
        for (MissingContent m : f.missing()) {
            missing.append(missing.isEmpty() ? "" : "、").append(missingName(m));
        }
        return List.of(deadline, "申请内容不完整（缺少：" + missing + "）。本机关将依照第三十条一次性告知需要补正的事项和合理的补正期限，" + "答复期限自收到补正的申请之日起计算。");
    }

    static String channelName(Channel channel) {
        return switch (channel) {
            case WEB -> "互联网";
            case LETTER -> "信函";
            case FAX -> "传真";
            case IN_PERSON -> "当面提交";
            case ORAL -> "口头提出（由本机关代为填写并经申请人确认）";
        };
    }

    static String missingName(MissingContent m) {
        return switch (m) {
            case NAME -> "姓名或者名称";
            case IDENTITY_PROOF -> "身份证明";
            case CONTACT -> "联系方式";
            case INFORMATION_DESCRIPTION -> "所需信息的名称、文号或者特征性描述";
            case FORM_AND_DELIVERY -> "信息的形式要求及获取方式";
        };
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
