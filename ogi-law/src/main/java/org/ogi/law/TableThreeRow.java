package org.ogi.law;

import static org.ogi.law.OutcomeGroup.*;

/**
 * The rows of annual-report table 三 under 三、本年度办理结果 that carry numbers (ogi-rules §3.1), in the table's
 * order and with its exact labels; each handled request counts in exactly one. case-service's reply types and
 * report-service's tables both use these rows.
 */
public enum TableThreeRow {
    DISCLOSED(OutcomeGroup.DISCLOSED, 0, "予以公开"),
    PARTIALLY_DISCLOSED(OutcomeGroup.PARTIALLY_DISCLOSED, 0, "部分公开（区分处理的，只计这一情形，不计其他情形）"),
    WITHHELD_STATE_SECRET(WITHHELD, 1, "属于国家秘密"),
    WITHHELD_PROHIBITED_BY_LAW(WITHHELD, 2, "其他法律行政法规禁止公开"),
    WITHHELD_ENDANGERS_SECURITY_OR_STABILITY(WITHHELD, 3, "危及“三安全一稳定”"),
    WITHHELD_THIRD_PARTY_RIGHTS(WITHHELD, 4, "保护第三方合法权益"),
    WITHHELD_INTERNAL_AFFAIRS(WITHHELD, 5, "属于三类内部事务信息"),
    WITHHELD_PROCESS_INFORMATION(WITHHELD, 6, "属于四类过程性信息"),
    WITHHELD_ENFORCEMENT_CASE_FILE(WITHHELD, 7, "属于行政执法案卷"),
    WITHHELD_ADMINISTRATIVE_QUERY(WITHHELD, 8, "属于行政查询事项"),
    CANNOT_PROVIDE_NOT_HELD(CANNOT_PROVIDE, 1, "本机关不掌握相关政府信息"),
    CANNOT_PROVIDE_NEEDS_CREATION(CANNOT_PROVIDE, 2, "没有现成信息需要另行制作"),
    CANNOT_PROVIDE_UNCLEAR_AFTER_CORRECTION(CANNOT_PROVIDE, 3, "补正后申请内容仍不明确"),
    NOT_PROCESSED_PETITION_OR_COMPLAINT(NOT_PROCESSED, 1, "信访举报投诉类申请"),
    NOT_PROCESSED_REPEAT_REQUEST(NOT_PROCESSED, 2, "重复申请"),
    NOT_PROCESSED_PUBLICATION(NOT_PROCESSED, 3, "要求提供公开出版物"),
    NOT_PROCESSED_EXCESSIVE_REQUESTS(NOT_PROCESSED, 4, "无正当理由大量反复申请"),
    NOT_PROCESSED_CONFIRMATION_OR_REISSUE(NOT_PROCESSED, 5, "要求行政机关确认或重新出具已获取信息"),
    OTHER_CORRECTION_NOT_MADE(OTHER, 1, "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    OTHER_FEE_NOT_PAID(OTHER, 2, "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    OTHER_OTHER(OTHER, 3, "其他");

    private final OutcomeGroup group;
    private final int number;
    private final String label;

    TableThreeRow(OutcomeGroup group, int number, String label) {
        this.group = group;
        this.number = number;
        this.label = label;
    }

    public OutcomeGroup group() {
        return group;
    }

    /** 0 for （一） and （二）, which are rows themselves; else the sub-row's number within its group. */
    public int number() {
        return number;
    }

    /** The exact label of the row, without its number. */
    public String label() {
        return label;
    }

    /** The row as the table prints it: （一）予以公开 or 1.属于国家秘密. */
    public String tableLabel() {
        return number == 0 ? group.tableLabel() : number + "." + label;
    }
}
