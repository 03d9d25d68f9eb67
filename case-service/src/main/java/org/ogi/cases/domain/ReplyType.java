package org.ogi.cases.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import static org.ogi.cases.domain.OutcomeGroup.*;

/**
 * The statutory outcome of a request: exactly one row of annual-report table 三 (ogi-rules §3.1), with its exact
 * label. "Already published, here is where" (Art. 36(一)) is {@link #DISCLOSED} with
 * {@link ReplyContent#alreadyPublished()}; "not this agency's information" (Art. 36(五)) is {@link #CANNOT_PROVIDE_NOT_HELD}
 * with {@link ReplyContent#notThisAgency()} (both mappings UNCONFIRMED, ogi-rules §7 item 5).
 */
public enum ReplyType {
    DISCLOSED(OutcomeGroup.DISCLOSED, 0, "予以公开", "《中华人民共和国政府信息公开条例》第三十六条第（二）项"),
    PARTIALLY_DISCLOSED(OutcomeGroup.PARTIALLY_DISCLOSED, 0, "部分公开（区分处理的，只计这一情形，不计其他情形）",
            "《中华人民共和国政府信息公开条例》第三十七条"),

    WITHHELD_STATE_SECRET(WITHHELD, 1, "属于国家秘密", "《中华人民共和国政府信息公开条例》第十四条"),
    WITHHELD_PROHIBITED_BY_LAW(WITHHELD, 2, "其他法律行政法规禁止公开", "《中华人民共和国政府信息公开条例》第十四条"),
    WITHHELD_ENDANGERS_SECURITY_OR_STABILITY(WITHHELD, 3, "危及“三安全一稳定”",
            "《中华人民共和国政府信息公开条例》第十四条"),
    WITHHELD_THIRD_PARTY_RIGHTS(WITHHELD, 4, "保护第三方合法权益", "《中华人民共和国政府信息公开条例》第十五条"),
    WITHHELD_INTERNAL_AFFAIRS(WITHHELD, 5, "属于三类内部事务信息", "《中华人民共和国政府信息公开条例》第十六条第一款"),
    WITHHELD_PROCESS_INFORMATION(WITHHELD, 6, "属于四类过程性信息", "《中华人民共和国政府信息公开条例》第十六条第二款"),
    WITHHELD_ENFORCEMENT_CASE_FILE(WITHHELD, 7, "属于行政执法案卷", "《中华人民共和国政府信息公开条例》第十六条第二款"),
    WITHHELD_ADMINISTRATIVE_QUERY(WITHHELD, 8, "属于行政查询事项", "《中华人民共和国政府信息公开条例》第三十六条第（七）项"),

    CANNOT_PROVIDE_NOT_HELD(CANNOT_PROVIDE, 1, "本机关不掌握相关政府信息",
            "《中华人民共和国政府信息公开条例》第三十六条第（四）项"),
    CANNOT_PROVIDE_NEEDS_CREATION(CANNOT_PROVIDE, 2, "没有现成信息需要另行制作",
            "《中华人民共和国政府信息公开条例》第三十八条"),
    CANNOT_PROVIDE_UNCLEAR_AFTER_CORRECTION(CANNOT_PROVIDE, 3, "补正后申请内容仍不明确",
            "《中华人民共和国政府信息公开条例》第三十条"),

    NOT_PROCESSED_PETITION_OR_COMPLAINT(NOT_PROCESSED, 1, "信访举报投诉类申请",
            "《中华人民共和国政府信息公开条例》第三十九条第一款"),
    NOT_PROCESSED_REPEAT_REQUEST(NOT_PROCESSED, 2, "重复申请", "《中华人民共和国政府信息公开条例》第三十六条第（六）项"),
    NOT_PROCESSED_PUBLICATION(NOT_PROCESSED, 3, "要求提供公开出版物", "《中华人民共和国政府信息公开条例》第三十九条第二款"),
    NOT_PROCESSED_EXCESSIVE_REQUESTS(NOT_PROCESSED, 4, "无正当理由大量反复申请",
            "《中华人民共和国政府信息公开条例》第三十五条"),
    NOT_PROCESSED_CONFIRMATION_OR_REISSUE(NOT_PROCESSED, 5, "要求行政机关确认或重新出具已获取信息", null),

    OTHER_CORRECTION_NOT_MADE(OTHER, 1, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "《中华人民共和国政府信息公开条例》第三十条"),
    OTHER_FEE_NOT_PAID(OTHER, 2, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "《政府信息公开信息处理费管理办法》"),
    OTHER_OTHER(OTHER, 3, "其他", null);

    /** ARL 2023 Art. 23(四), in force 2024-01-01: a refusal to disclose goes to reconsideration before court. */
    public static final LocalDate RECONSIDERATION_FIRST_SINCE = LocalDate.of(2024, 1, 1);

    private final OutcomeGroup group;
    private final int number;
    private final String label;
    private final String defaultLegalBasis;

    ReplyType(OutcomeGroup group, int number, String label, String defaultLegalBasis) {
        this.group = group;
        this.number = number;
        this.label = label;
        this.defaultLegalBasis = defaultLegalBasis;
    }

    public OutcomeGroup group() {
        return group;
    }

    /** The exact label of the table 三 row, without its number. */
    public String label() {
        return label;
    }

    /** The row as the table prints it: （一）予以公开 or 1.属于国家秘密. */
    public String tableLabel() {
        return number == 0 ? group.tableLabel() : number + "." + label;
    }

    /** The article the letter cites unless staff name another; null where no article is known. */
    public String defaultLegalBasis() {
        return defaultLegalBasis;
    }

    /** Anything but disclosure may be challenged, so the letter states the remedies. */
    public boolean isAdverse() {
        return group != OutcomeGroup.DISCLOSED;
    }

    /** A refusal to disclose (in whole or in part): ground and legal basis are stated. */
    public boolean isRefusal() {
        return group == WITHHELD || group == OutcomeGroup.PARTIALLY_DISCLOSED;
    }

    /** ARL 2023 Art. 23(四): the letter must say that reconsideration comes first. */
    public boolean requiresReconsiderationFirst(LocalDate replyDate) {
        return isRefusal() && !replyDate.isBefore(RECONSIDERATION_FIRST_SINCE);
    }

    /** Deemed abandonment (其他处理 1 and 2) is recorded by the workflow, never drafted as a reply. */
    public boolean isDraftable() {
        return this != OTHER_CORRECTION_NOT_MADE && this != OTHER_FEE_NOT_PAID;
    }

    /** The fields every reply of this type carries; variants (already published, not this agency) add theirs. */
    public Set<ReplyField> requiredFields() {
        Set<ReplyField> fields = EnumSet.of(ReplyField.LEGAL_BASIS);
        if (isAdverse()) {
            fields.add(ReplyField.REASONS);
            fields.add(ReplyField.RECONSIDERATION_BODY);
        }
        if (this == PARTIALLY_DISCLOSED) {
            fields.add(ReplyField.WITHHELD_GROUND);
        }
        return fields;
    }
}
