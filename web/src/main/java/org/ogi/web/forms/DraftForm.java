package org.ogi.web.forms;

import static org.ogi.web.forms.Field.checkbox;
import static org.ogi.web.forms.Field.text;
import static org.ogi.web.forms.Field.textarea;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The draft reply (case-service's WorkflowInputs.Draft): the reply type of table 三 and the fields its letter needs.
 * The service says which are required for the chosen type; its problem marks them.
 */
public final class DraftForm {

    private static final String[] REPLY_TYPES = {
        "DISCLOSED=予以公开",
        "PARTIALLY_DISCLOSED=部分公开",
        "WITHHELD_STATE_SECRET=不予公开：属于国家秘密",
        "WITHHELD_PROHIBITED_BY_LAW=不予公开：其他法律行政法规禁止公开",
        "WITHHELD_ENDANGERS_SECURITY_OR_STABILITY=不予公开：危及“三安全一稳定”",
        "WITHHELD_THIRD_PARTY_RIGHTS=不予公开：保护第三方合法权益",
        "WITHHELD_INTERNAL_AFFAIRS=不予公开：属于三类内部事务信息",
        "WITHHELD_PROCESS_INFORMATION=不予公开：属于四类过程性信息",
        "WITHHELD_ENFORCEMENT_CASE_FILE=不予公开：属于行政执法案卷",
        "WITHHELD_ADMINISTRATIVE_QUERY=不予公开：属于行政查询事项",
        "CANNOT_PROVIDE_NOT_HELD=无法提供：本机关不掌握相关政府信息",
        "CANNOT_PROVIDE_NEEDS_CREATION=无法提供：没有现成信息需要另行制作",
        "CANNOT_PROVIDE_UNCLEAR_AFTER_CORRECTION=无法提供：补正后申请内容仍不明确",
        "NOT_PROCESSED_PETITION_OR_COMPLAINT=不予处理：信访举报投诉类申请",
        "NOT_PROCESSED_REPEAT_REQUEST=不予处理：重复申请",
        "NOT_PROCESSED_PUBLICATION=不予处理：要求提供公开出版物",
        "NOT_PROCESSED_EXCESSIVE_REQUESTS=不予处理：无正当理由大量反复申请",
        "NOT_PROCESSED_CONFIRMATION_OR_REISSUE=不予处理：要求确认或重新出具已获取信息",
        "OTHER_CORRECTION_NOT_MADE=其他处理：逾期不补正",
        "OTHER_FEE_NOT_PAID=其他处理：逾期未缴费",
        "OTHER_OTHER=其他处理：其他"
    };

    public static final List<Field> FIELDS = List.of(
            Field.select("replyType", "答复类型（年度报告表三）", REPLY_TYPES),
            checkbox("alreadyPublished", "已主动公开（第三十六条第（一）项）"),
            text("publicationLocation", "公开的获取途径"),
            text("legalBasis", "法律依据（留空按答复类型默认）"),
            textarea("reasons", "理由"),
            checkbox("notThisAgency", "非本机关信息（第三十六条第（五）项）"),
            text("responsibleAgency", "负责公开的机关"),
            text("responsibleAgencyContact", "该机关联系方式"),
            checkbox("responsibleAgencyUnknown", "负责机关无法确定"),
            text("reconsiderationBody", "行政复议机关"),
            text("repeatOf", "重复申请的原申请编号"),
            text("specialLaw", "特别法律、行政法规"),
            textarea("publicInterestReasons", "公共利益理由（第三十二条）"),
            textarea("letterText", "答复书正文（留空按模板生成）"),
            textarea("comment", "备注（记入审计日志）"));

    private DraftForm() {}

    /** The saved draft as form values, so that editing starts from it. */
    public static Map<String, String> values(Map<String, Object> draft) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : FIELDS) {
            Object value = draft.get(field.name());
            if (value != null && !(value instanceof Boolean flag && !flag)) {
                values.put(field.name(), value.toString());
            }
        }
        return values;
    }
}
