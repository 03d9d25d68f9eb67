package org.ogi.cases.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogi.law.ReplyRegime;

/** The reply letter (告知书): drafted from the decision and the case facts, edited by staff, frozen on approval. */
public final class ReplyLetter {

    /** ARL 2023 Art. 20 (2017: Art. 9): 60 days to apply for reconsideration. */
    private static final String RECONSIDERATION_PERIOD = "六十日";
    /** ALL Art. 46: 6 months to sue directly; ALL Art. 45: 15 days after a reconsideration decision. */
    private static final String LITIGATION_PERIOD = "六个月";

    private static final String LITIGATION_AFTER_RECONSIDERATION = "十五日";
    /** A stated time limit followed, within the sentence, by the remedy it limits. */
    private static final Pattern LIMIT = Pattern.compile("([0-9一二三四五六七八九十百]+)(日|天|个月|月)内[^。；]*?(申请行政复议|提起行政诉讼)");

    private ReplyLetter() {}

    /**
     * The case facts a letter quotes. {@code agency} is the agency's name, {@code receivedDate} the original received
     * date (it decides the regime), {@code letterDate} the day of the reply.
     */
    public record Facts(
            String trackingNumber,
            String agency,
            String applicantName,
            LocalDate receivedDate,
            String informationTitle,
            LocalDate letterDate) {

        ReplyRegime regime() {
            return ReplyRegime.forReceivedDate(receivedDate);
        }
    }

    /** The first draft of the letter for a valid reply. */
    public static String draft(ReplyContent reply, Facts facts) {
        StringBuilder text = new StringBuilder();
        text.append("政府信息公开申请答复告知书\n\n");
        text.append(orDefault(facts.applicantName(), "申请人")).append("：\n");
        text.append("    本机关于")
                .append(chineseDate(facts.receivedDate()))
                .append("收到您提出的政府信息公开申请（编号：")
                .append(facts.trackingNumber())
                .append("），申请获取“")
                .append(orDefault(facts.informationTitle(), "相关政府信息"))
                .append("”。经审查，现答复如下：\n");
        text.append("    ").append(decision(reply, facts.regime())).append('\n');
        if (!ReplyContent.blank(reply.publicInterestReasons())) {
            text.append("    本机关认为不公开可能对公共利益造成重大影响，理由如下：")
                    .append(reply.publicInterestReasons())
                    .append("。本机关已将决定公开的政府信息内容和理由书面告知第三方。\n");
        }
        if (reply.type().isAdverse()) {
            text.append("    ")
                    .append(remedies(reply.type().isRefusal(), reply.reconsiderationBody(), facts.letterDate()))
                    .append('\n');
        }
        return signed(text, facts);
    }

    /** The letter answering an Art. 41 request to correct a record about the applicant. */
    public static String recordCorrection(RecordCorrectionDecision decision, Facts facts) {
        ReplyRegime regime = facts.regime();
        String basis = "根据" + Citation.of(regime, regime == ReplyRegime.OGI_2008 ? "第二十五条第二款" : "第四十一条") + "的规定，";
        StringBuilder text = new StringBuilder();
        text.append("更正政府信息申请答复告知书\n\n");
        text.append(orDefault(facts.applicantName(), "申请人")).append("：\n");
        text.append("    本机关于")
                .append(chineseDate(facts.receivedDate()))
                .append("收到您提出的更正政府信息申请（编号：")
                .append(facts.trackingNumber())
                .append("），要求更正“")
                .append(orDefault(facts.informationTitle(), "与您自身相关的政府信息记录"))
                .append("”。本机关对您提供的证据进行了核实：" + decision.checkFindings() + "。现答复如下：\n    ");
        text.append(
                        switch (decision.outcome()) {
                            case CORRECTED -> "经核实，该政府信息记录不准确。" + basis + "本机关已予以更正，特此告知。";
                            case FORWARDED ->
                                "该政府信息记录的更正不属于本机关职能范围，理由如下：" + decision.reasons() + "。" + basis + "本机关已将您的申请转送有权更正的行政机关"
                                        + decision.competentAgency() + "处理，特此告知。";
                            case APPLY_ELSEWHERE ->
                                "该政府信息记录的更正不属于本机关职能范围，理由如下：" + decision.reasons() + "。" + basis
                                        + "请您向有权更正的行政机关" + decision.competentAgency() + "提出（联系方式："
                                        + decision.competentAgencyContact() + "）。";
                            case REFUSED -> "经核实，理由如下：" + decision.reasons() + "。" + basis + "本机关决定不予更正。";
                        })
                .append('\n');
        if (decision.isAdverse()) {
            text.append("    ")
                    .append(remedies(false, decision.reconsiderationBody(), facts.letterDate()))
                    .append('\n');
        }
        return signed(text, facts);
    }

    /**
     * Staff may reword the letter but not drop or change the remedies an adverse reply must state: 60 days for
     * reconsideration (ARL 2023 Art. 20), 6 months for litigation (ALL Art. 46), and for a refusal from 2024-01-01
     * that reconsideration comes first (ARL 2023 Art. 23(四)).
     */
    public static Optional<String> missingRemedies(ReplyContent reply, String text, LocalDate letterDate) {
        if (!reply.type().isAdverse()) {
            return Optional.empty();
        }
        return missingRemedies(reply.type().isRefusal(), reply.reconsiderationBody(), text, letterDate);
    }

    /**
     * Whether the letter tells the applicant of the remedies, the body and the periods (ARL 2023 Art. 20 ¶3; else
     * up to 1 year, SPC ALL Interp. Art. 64); an adverse reply cannot be sent without them.
     */
    public static boolean statesRemedies(ReplyContent reply, String text, LocalDate letterDate) {
        return reply.reconsiderationBody() != null
                && missingRemedies(reply.type().isRefusal(), reply.reconsiderationBody(), text, letterDate)
                        .isEmpty();
    }

    /** As {@link #missingRemedies(ReplyContent, String, LocalDate)}, for an Art. 41 letter. */
    public static Optional<String> missingRemedies(
            RecordCorrectionDecision decision, String text, LocalDate letterDate) {
        return decision.isAdverse()
                ? missingRemedies(false, decision.reconsiderationBody(), text, letterDate)
                : Optional.empty();
    }

    private static Optional<String> missingRemedies(boolean refusal, String body, String text, LocalDate letterDate) {
        Optional<String> changed = changedLimit(text);
        if (changed.isPresent()) {
            return changed;
        }
        if (ReplyType.requiresReconsiderationFirst(refusal, letterDate)) {
            return text.contains(RECONSIDERATION_PERIOD + "内先向" + body + "申请行政复议")
                    ? Optional.empty()
                    : Optional.of("must state that a refusal goes first to reconsideration within 60 days: "
                            + RECONSIDERATION_PERIOD + "内先向" + body + "申请行政复议 (ARL 2023 Art. 20, Art. 23(四))");
        }
        boolean reconsideration = text.contains(RECONSIDERATION_PERIOD + "内向" + body + "申请行政复议");
        boolean litigation = Pattern.compile(LITIGATION_PERIOD + "内[^。；]*提起行政诉讼")
                .matcher(text)
                .find();
        return reconsideration && litigation
                ? Optional.empty()
                : Optional.of("must state the remedies with their limits: " + RECONSIDERATION_PERIOD + "内向" + body
                        + "申请行政复议 (ARL Art. 20) and " + LITIGATION_PERIOD + "内依法提起行政诉讼 (ALL Art. 46)");
    }

    /** Any other period stated for a remedy contradicts the law. */
    private static Optional<String> changedLimit(String text) {
        Matcher limit = LIMIT.matcher(text);
        while (limit.find()) {
            String period = limit.group(1) + (limit.group(2).equals("月") ? "个月" : limit.group(2));
            boolean reconsideration = limit.group(3).equals("申请行政复议");
            boolean lawful = reconsideration
                    ? period.equals(RECONSIDERATION_PERIOD)
                    : period.equals(LITIGATION_PERIOD) || period.equals(LITIGATION_AFTER_RECONSIDERATION);
            if (!lawful) {
                return Optional.of("states " + limit.group() + "; the limit is "
                        + (reconsideration
                                ? RECONSIDERATION_PERIOD + " (ARL Art. 20)"
                                : LITIGATION_PERIOD + " (ALL Art. 46), or " + LITIGATION_AFTER_RECONSIDERATION
                                        + " after a reconsideration decision (ALL Art. 45)"));
            }
        }
        return Optional.empty();
    }

    /**
     * The letter as sent on {@code repliedOn}: its date is the day of the reply, and where the remedies differ between
     * the draft's day and the reply's (ARL 2023 Art. 23(四) from 2024-01-01) the template's paragraph is replaced.
     * Empty when an edited letter no longer has the paragraph or date line to replace: it must be drafted again.
     */
    public static Optional<String> forReplyDate(
            String text, ReplyContent reply, LocalDate draftedOn, LocalDate repliedOn) {
        if (draftedOn.equals(repliedOn)) {
            return Optional.of(text);
        }
        String dateLine = "\n" + chineseDate(draftedOn) + "\n";
        if (!text.endsWith(dateLine)) {
            return Optional.empty();
        }
        String redated = text.substring(0, text.length() - dateLine.length()) + "\n" + chineseDate(repliedOn) + "\n";
        if (!reply.type().isAdverse()) {
            return Optional.of(redated);
        }
        String before = remedies(reply.type().isRefusal(), reply.reconsiderationBody(), draftedOn);
        String after = remedies(reply.type().isRefusal(), reply.reconsiderationBody(), repliedOn);
        if (before.equals(after)) {
            return Optional.of(redated);
        }
        return redated.contains(before) ? Optional.of(redated.replace(before, after)) : Optional.empty();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String decision(ReplyContent reply, ReplyRegime regime) {
        ReplyType type = reply.type();
        String basis = "根据" + reply.legalBasis() + "的规定，";
        return switch (type) {
            case DISCLOSED ->
                reply.alreadyPublished()
                        ? "您申请获取的政府信息已经主动公开，可以通过以下途径获取：" + reply.publicationLocation() + "。" + basis + "特此告知。"
                        : "您申请获取的政府信息属于可以公开的政府信息。" + basis + "本机关决定予以公开，相关信息随本告知书一并提供。";
            case PARTIALLY_DISCLOSED ->
                "您申请获取的政府信息中，部分内容" + reply.withheldGround().ground(regime) + "，不予公开，理由如下：" + reply.reasons() + "。"
                        + basis + "本机关对可以公开的部分予以公开，相关信息随本告知书一并提供。";
            // Art. 36(七): a referral to the special law, not a refusal to disclose.
            case WITHHELD_ADMINISTRATIVE_QUERY ->
                "您申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对信息的获取有特别规定，" + "理由如下：" + reply.reasons() + "。" + basis + "请您依照"
                        + reply.specialLaw() + "的规定办理。";
            case CANNOT_PROVIDE_NOT_HELD ->
                reply.notThisAgency()
                        ? "您申请获取的政府信息不属于本机关负责公开，理由如下：" + reply.reasons() + "。" + basis + "特此告知。"
                                + responsibleAgency(reply)
                        : "经检索，您申请获取的政府信息不存在。" + reply.reasons() + "。" + basis + "特此告知。";
            case NOT_PROCESSED_REPEAT_REQUEST ->
                "您此次申请获取的政府信息与您此前提出的政府信息公开申请（编号："
                        + reply.repeatOf().strip() + "）所申请的信息相同，本机关已就该申请作出答复。" + reply.reasons() + "。"
                        + basis + "本机关不予重复处理。";
            default ->
                switch (type.group()) {
                    case WITHHELD ->
                        "您申请获取的政府信息" + type.ground(regime) + "，理由如下：" + reply.reasons() + "。" + basis + "本机关决定不予公开。";
                    default ->
                        type.group().label() + "（" + type.label() + "）。理由如下：" + reply.reasons() + "。" + basis + "特此告知。";
                };
        };
    }

    private static String responsibleAgency(ReplyContent reply) {
        if (reply.responsibleAgencyUnknown()) {
            return "本机关无法确定负责公开该政府信息的行政机关。";
        }
        return "负责公开该政府信息的行政机关为" + reply.responsibleAgency() + "，联系方式：" + reply.responsibleAgencyContact() + "。";
    }

    /**
     * The remedies as the law stands on the letter's day: ARL 2023 (from 2024-01-01) Art. 20 and, for refusals,
     * Art. 23(四); before that ARL 2017 Art. 9; ALL Arts. 45 and 46.
     */
    private static String remedies(boolean refusal, String body, LocalDate letterDate) {
        if (ReplyType.requiresReconsiderationFirst(refusal, letterDate)) {
            return "如对本答复不服，根据《中华人民共和国行政复议法》第二十条、第二十三条第一款第（四）项的规定，您应当自收到本告知书之日起"
                    + RECONSIDERATION_PERIOD + "内先向" + body + "申请行政复议；对行政复议决定不服的，可以根据《中华人民共和国行政诉讼法》"
                    + "第四十五条的规定，自收到行政复议决定书之日起" + LITIGATION_AFTER_RECONSIDERATION + "内依法提起行政诉讼。";
        }
        String article = letterDate.isBefore(ReplyType.RECONSIDERATION_FIRST_SINCE) ? "第九条" : "第二十条";
        return "如对本答复不服，可以根据《中华人民共和国行政复议法》" + article + "的规定，自收到本告知书之日起"
                + RECONSIDERATION_PERIOD + "内向" + body + "申请行政复议，或者根据《中华人民共和国行政诉讼法》第四十六条的规定，"
                + "自收到本告知书之日起" + LITIGATION_PERIOD + "内依法提起行政诉讼。";
    }

    private static String signed(StringBuilder text, Facts facts) {
        return text.append('\n')
                .append(facts.agency())
                .append('\n')
                .append(chineseDate(facts.letterDate()))
                .append('\n')
                .toString();
    }

    static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
