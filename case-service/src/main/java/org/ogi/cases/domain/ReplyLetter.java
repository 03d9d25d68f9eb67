package org.ogi.cases.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;

/** The reply letter (告知书): drafted from the decision and the case facts, edited by staff, frozen on approval. */
public final class ReplyLetter {

    private ReplyLetter() {
    }

    /** The case facts a letter quotes. */
    public record Facts(String trackingNumber, String agency, String applicantName, LocalDate receivedDate,
            String informationTitle, LocalDate letterDate) {
    }

    /** The first draft of the letter for a valid reply. */
    public static String draft(ReplyContent reply, Facts facts) {
        StringBuilder text = new StringBuilder();
        text.append("政府信息公开申请答复告知书\n\n");
        text.append(orDefault(facts.applicantName(), "申请人")).append("：\n");
        text.append("    本机关于").append(chineseDate(facts.receivedDate())).append("收到您提出的政府信息公开申请（编号：")
                .append(facts.trackingNumber()).append("），申请获取“")
                .append(orDefault(facts.informationTitle(), "相关政府信息")).append("”。经审查，现答复如下：\n");
        text.append("    ").append(decision(reply)).append('\n');
        if (reply.type().isAdverse()) {
            text.append("    ").append(remedies(reply, facts.letterDate())).append('\n');
        }
        text.append('\n').append(facts.agency()).append('\n').append(chineseDate(facts.letterDate())).append('\n');
        return text.toString();
    }

    /** Staff may reword the letter but not drop the remedies an adverse reply must state. */
    public static Optional<String> missingRemedies(ReplyContent reply, String text, LocalDate letterDate) {
        if (!reply.type().isAdverse()) {
            return Optional.empty();
        }
        String body = reply.reconsiderationBody();
        if (reply.type().requiresReconsiderationFirst(letterDate)) {
            return text.contains("先向" + body + "申请行政复议")
                    ? Optional.empty()
                    : Optional.of("must state that a refusal goes first to reconsideration: 先向" + body
                            + "申请行政复议 (ARL 2023 Art. 23(四))");
        }
        return text.contains(body) && text.contains("申请行政复议") && text.contains("行政诉讼")
                ? Optional.empty()
                : Optional.of("must state the remedies: reconsideration by " + body + " or litigation");
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String decision(ReplyContent reply) {
        ReplyType type = reply.type();
        String basis = "根据" + reply.legalBasis() + "的规定，";
        return switch (type.group()) {
            case DISCLOSED -> reply.alreadyPublished()
                    ? "您申请获取的政府信息已经主动公开，可以通过以下途径获取：" + reply.publicationLocation() + "。" + basis
                            + "特此告知。"
                    : "您申请获取的政府信息属于可以公开的政府信息。" + basis + "本机关决定予以公开，相关信息随本告知书一并提供。";
            case PARTIALLY_DISCLOSED -> "您申请获取的政府信息中，部分内容" + reply.withheldGround().label() + "，不予公开，理由如下："
                    + reply.reasons() + "。" + basis + "本机关对可以公开的部分予以公开，相关信息随本告知书一并提供。";
            case WITHHELD -> "您申请获取的政府信息" + type.label() + "，理由如下：" + reply.reasons() + "。" + basis
                    + "本机关决定不予公开。";
            case CANNOT_PROVIDE, NOT_PROCESSED, OTHER -> type.group().label() + "（" + type.label() + "）。理由如下："
                    + reply.reasons() + "。" + basis + "特此告知。" + responsibleAgency(reply);
        };
    }

    private static String responsibleAgency(ReplyContent reply) {
        if (!reply.notThisAgency()) {
            return "";
        }
        if (reply.responsibleAgencyUnknown()) {
            return "该政府信息不属于本机关负责公开，本机关无法确定负责公开该政府信息的行政机关。";
        }
        return "该政府信息不属于本机关负责公开，负责公开该政府信息的行政机关为" + reply.responsibleAgency() + "，联系方式："
                + reply.responsibleAgencyContact() + "。";
    }

    private static String remedies(ReplyContent reply, LocalDate letterDate) {
        if (reply.type().requiresReconsiderationFirst(letterDate)) {
            return "如对本答复不服，根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，您应当自收到本告知书之日起六十日内先向"
                    + reply.reconsiderationBody() + "申请行政复议；对行政复议决定不服的，可以依法提起行政诉讼。";
        }
        return "如对本答复不服，可以自收到本告知书之日起六十日内向" + reply.reconsiderationBody()
                + "申请行政复议，或者自收到本告知书之日起六个月内依法提起行政诉讼。";
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
