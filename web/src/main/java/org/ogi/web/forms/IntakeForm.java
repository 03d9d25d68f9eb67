package org.ogi.web.forms;

import static org.ogi.web.forms.Field.checkbox;
import static org.ogi.web.forms.Field.date;
import static org.ogi.web.forms.Field.select;
import static org.ogi.web.forms.Field.text;
import static org.ogi.web.forms.Field.textarea;

import io.quarkus.qute.TemplateData;
import java.util.List;

/** The inputs of a request as intake-service's RegistrationRequest names them, grouped as the form shows them. */
public final class IntakeForm {

    @TemplateData
    public record Group(String title, List<Field> fields) {}

    private static final Field APPLICANT_TYPE =
            select("applicant.type", "申请人类型", "NATURAL_PERSON=公民", "ORGANISATION=法人或其他组织");
    private static final Field ID_TYPE = select(
            "applicant.idType",
            "证件类型",
            "RESIDENT_ID=居民身份证",
            "PASSPORT=护照",
            "HK_MACAO_PERMIT=港澳居民来往内地通行证",
            "TAIWAN_PERMIT=台湾居民来往大陆通行证",
            "USCC=统一社会信用代码",
            "OTHER=其他");
    private static final List<Field> APPLICANT = List.of(
            APPLICANT_TYPE,
            text("applicant.name", "姓名或名称"),
            ID_TYPE,
            text("applicant.idNumber", "证件号码"),
            text("applicant.phone", "联系电话"),
            text("applicant.email", "电子邮箱"),
            text("applicant.address", "通信地址"),
            text("applicant.legalRepresentative", "法定代表人"),
            text("applicant.contactPerson", "联系人"));
    private static final List<Field> INFORMATION = List.of(
            text("information.title", "所需信息的名称"),
            text("information.documentNumber", "文号"),
            textarea("information.description", "所需信息的内容描述"));
    private static final List<Field> DELIVERY = List.of(
            select("delivery.form", "获取信息的载体形式", "PAPER=纸质", "ELECTRONIC=电子"),
            select("delivery.method", "获取信息的方式", "POST=邮寄", "EMAIL=电子邮件", "PICKUP=当面领取", "ONLINE=网上获取"));

    /** The clerk's form: channel, the counter and letter details, then the request itself. */
    public static final List<Group> STAFF = List.of(
            new Group(
                    "收件",
                    List.of(
                            select("channel", "申请方式", "IN_PERSON=当面", "ORAL=口头", "LETTER=信函", "FAX=传真"),
                            date("receivedOn", "收到日期（当面、口头；默认今天）"),
                            checkbox("applicantConfirmed", "申请人已确认代填内容（口头申请）"),
                            select("letter.postage", "邮寄方式（信函）", "REGISTERED=挂号", "ORDINARY=平信"),
                            date("letter.signedForOn", "签收日期（信函）"),
                            date("letter.postmarkedOn", "邮戳日期（信函）"))),
            new Group("申请人", APPLICANT),
            new Group("所需信息", INFORMATION),
            new Group("获取方式", DELIVERY));

    /** The applicant's form on the portal: the agency, then the request. */
    public static List<Group> portal(List<Field.Option> agencies) {
        return List.of(
                new Group("受理机关", List.of(new Field("agency", "向哪个机关申请", "select", agencies, null))),
                new Group("申请人", APPLICANT),
                new Group("所需信息", INFORMATION),
                new Group("获取方式", DELIVERY));
    }

    private IntakeForm() {}
}
