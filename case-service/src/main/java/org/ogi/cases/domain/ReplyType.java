package org.ogi.cases.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ogi.law.OutcomeGroup;
import org.ogi.law.ReplyRegime;
import org.ogi.law.TableThreeRow;

/**
 * The statutory outcome of a request: exactly one row of annual-report table 三 (ogi-rules §3.1), with its exact
 * label. "Already published, here is where" (Art. 36(一)) is {@link #DISCLOSED} with
 * {@link ReplyContent#alreadyPublished()}; "not this agency's information" (Art. 36(五)) is {@link #CANNOT_PROVIDE_NOT_HELD}
 * with {@link ReplyContent#notThisAgency()} (both mappings UNCONFIRMED, ogi-rules §7 item 5).
 * <p>
 * Each row names its article of OGI Reg 2019 and, for requests under OGI Reg 2008 (received before 2019-05-15), the
 * 2008 article and ground: the 2008 Art. 21 categories, Art. 14 ¶4 and Art. 8 (ogi-rules §2). The 2008 text has no
 * article for Art. 16's internal, process and case-file information or for the 2019 Art. 35, 36(六), 38 and 39 rows;
 * those fall under Art. 21(二) or need a basis named by staff.
 */
public enum ReplyType {
    DISCLOSED(TableThreeRow.DISCLOSED, "第三十六条第（二）项", "第二十一条第（一）项", null),
    PARTIALLY_DISCLOSED(TableThreeRow.PARTIALLY_DISCLOSED, "第三十七条", "第二十二条", null),

    WITHHELD_STATE_SECRET(TableThreeRow.WITHHELD_STATE_SECRET, "第十四条", "第十四条第四款、第二十一条第（二）项", "涉及国家秘密"),
    WITHHELD_PROHIBITED_BY_LAW(
            TableThreeRow.WITHHELD_PROHIBITED_BY_LAW, "第十四条", Citation.NOT_OPEN_2008, "属于法律、法规规定不予公开的范围"),
    WITHHELD_ENDANGERS_SECURITY_OR_STABILITY(
            TableThreeRow.WITHHELD_ENDANGERS_SECURITY_OR_STABILITY,
            "第十四条",
            "第八条、第二十一条第（二）项",
            "公开后可能危及国家安全、公共安全、经济安全和社会稳定"),
    WITHHELD_THIRD_PARTY_RIGHTS(
            TableThreeRow.WITHHELD_THIRD_PARTY_RIGHTS, "第十五条", "第十四条第四款、第二十三条、第二十一条第（二）项", "涉及商业秘密、个人隐私"),
    WITHHELD_INTERNAL_AFFAIRS(TableThreeRow.WITHHELD_INTERNAL_AFFAIRS, "第十六条第一款", Citation.NOT_OPEN_2008, null),
    WITHHELD_PROCESS_INFORMATION(TableThreeRow.WITHHELD_PROCESS_INFORMATION, "第十六条第二款", Citation.NOT_OPEN_2008, null),
    WITHHELD_ENFORCEMENT_CASE_FILE(
            TableThreeRow.WITHHELD_ENFORCEMENT_CASE_FILE, "第十六条第二款", Citation.NOT_OPEN_2008, null),
    WITHHELD_ADMINISTRATIVE_QUERY(
            TableThreeRow.WITHHELD_ADMINISTRATIVE_QUERY, "第三十六条第（七）项", Citation.NOT_OPEN_2008, null),

    CANNOT_PROVIDE_NOT_HELD(TableThreeRow.CANNOT_PROVIDE_NOT_HELD, "第三十六条第（四）项", "第二十一条第（三）项", null),
    CANNOT_PROVIDE_NEEDS_CREATION(TableThreeRow.CANNOT_PROVIDE_NEEDS_CREATION, "第三十八条", null, null),
    CANNOT_PROVIDE_UNCLEAR_AFTER_CORRECTION(
            TableThreeRow.CANNOT_PROVIDE_UNCLEAR_AFTER_CORRECTION, "第三十条", "第二十一条第（四）项", null),

    NOT_PROCESSED_PETITION_OR_COMPLAINT(TableThreeRow.NOT_PROCESSED_PETITION_OR_COMPLAINT, "第三十九条第一款", null, null),
    NOT_PROCESSED_REPEAT_REQUEST(TableThreeRow.NOT_PROCESSED_REPEAT_REQUEST, "第三十六条第（六）项", null, null),
    NOT_PROCESSED_PUBLICATION(TableThreeRow.NOT_PROCESSED_PUBLICATION, "第三十九条第二款", null, null),
    NOT_PROCESSED_EXCESSIVE_REQUESTS(TableThreeRow.NOT_PROCESSED_EXCESSIVE_REQUESTS, "第三十五条", null, null),
    NOT_PROCESSED_CONFIRMATION_OR_REISSUE(TableThreeRow.NOT_PROCESSED_CONFIRMATION_OR_REISSUE, null, null, null),

    OTHER_CORRECTION_NOT_MADE(TableThreeRow.OTHER_CORRECTION_NOT_MADE, "第三十条", null, null),
    OTHER_FEE_NOT_PAID(TableThreeRow.OTHER_FEE_NOT_PAID, Citation.FEE_MEASURES, null, null),
    OTHER_OTHER(TableThreeRow.OTHER_OTHER, null, null, null);

    /** ARL 2023 Art. 23(四), in force 2024-01-01: a refusal to disclose goes to reconsideration before court. */
    public static final LocalDate RECONSIDERATION_FIRST_SINCE = LocalDate.of(2024, 1, 1);

    private final TableThreeRow row;
    private final String article2019;
    private final String article2008;
    private final String ground2008;

    ReplyType(TableThreeRow row, String article2019, String article2008, String ground2008) {
        this.row = row;
        this.article2019 = article2019;
        this.article2008 = article2008;
        this.ground2008 = ground2008;
    }

    public TableThreeRow row() {
        return row;
    }

    public OutcomeGroup group() {
        return row.group();
    }

    /** The exact label of the table 三 row, without its number. */
    public String label() {
        return row.label();
    }

    /** The row as the table prints it: （一）予以公开 or 1.属于国家秘密. */
    public String tableLabel() {
        return row.tableLabel();
    }

    /** The article the letter cites unless staff name another; null where no article is known. */
    public String defaultLegalBasis(ReplyRegime regime) {
        return Citation.of(regime, regime == ReplyRegime.OGI_2008 ? article2008 : article2019);
    }

    /** The ground a refusal states: the table 三 label, or under OGI Reg 2008 the words of its article. */
    public String ground(ReplyRegime regime) {
        if (regime == ReplyRegime.OGI_2008 && group() == OutcomeGroup.WITHHELD) {
            return ground2008 != null ? ground2008 : "属于不予公开的范围";
        }
        return label();
    }

    /** Anything but disclosure may be challenged, so the letter states the remedies. */
    public boolean isAdverse() {
        return group() != OutcomeGroup.DISCLOSED;
    }

    /** A refusal to disclose (in whole or in part): ground and legal basis are stated. */
    public boolean isRefusal() {
        return group() == OutcomeGroup.WITHHELD || group() == OutcomeGroup.PARTIALLY_DISCLOSED;
    }

    /** ARL 2023 Art. 23(四): the letter must say that reconsideration comes first. */
    public boolean requiresReconsiderationFirst(LocalDate replyDate) {
        return requiresReconsiderationFirst(isRefusal(), replyDate);
    }

    static boolean requiresReconsiderationFirst(boolean refusal, LocalDate replyDate) {
        return refusal && !replyDate.isBefore(RECONSIDERATION_FIRST_SINCE);
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
        if (this == NOT_PROCESSED_REPEAT_REQUEST) {
            fields.add(ReplyField.REPEAT_OF);
        }
        if (this == WITHHELD_ADMINISTRATIVE_QUERY) {
            fields.add(ReplyField.SPECIAL_LAW);
        }
        return fields;
    }
}
