package org.ogi.cases.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyContentTest {

    /** A valid reply of the type, with only the fields the type needs. */
    static ReplyContent complete(ReplyType type) {
        return new ReplyContent(type, false, null,
                type == ReplyType.PARTIALLY_DISCLOSED ? ReplyType.WITHHELD_THIRD_PARTY_RIGHTS : null,
                "《中华人民共和国政府信息公开条例》", type.isAdverse() ? "所申请信息涉及个人隐私" : null,
                false, null, null, false, type.isAdverse() ? "北京市东城区人民政府" : null);
    }

    static ReplyContent without(ReplyContent r, ReplyField field) {
        return new ReplyContent(r.type(), r.alreadyPublished(),
                field == ReplyField.PUBLICATION_LOCATION ? null : r.publicationLocation(),
                field == ReplyField.WITHHELD_GROUND ? null : r.withheldGround(),
                field == ReplyField.LEGAL_BASIS ? " " : r.legalBasis(),
                field == ReplyField.REASONS ? "" : r.reasons(), r.notThisAgency(),
                field == ReplyField.RESPONSIBLE_AGENCY ? null : r.responsibleAgency(),
                field == ReplyField.RESPONSIBLE_AGENCY_CONTACT ? null : r.responsibleAgencyContact(),
                r.responsibleAgencyUnknown(), field == ReplyField.RECONSIDERATION_BODY ? null : r.reconsiderationBody());
    }

    @Test
    void alreadyPublishedSaysWhere() {
        ReplyContent published = new ReplyContent(ReplyType.DISCLOSED, true, "https://www.example.gov.cn/xxgk/1",
                null, "《中华人民共和国政府信息公开条例》第三十六条第（一）项", null, false, null, null, false, null);
        assertThat(published.validate()).isEmpty();
        assertThat(without(published, ReplyField.PUBLICATION_LOCATION).validate())
                .extracting(FieldProblem::field).containsExactly("publicationLocation");
        ReplyContent refusalMarkedPublished = new ReplyContent(ReplyType.WITHHELD_STATE_SECRET, true, "x", null,
                "basis", "reasons", false, null, null, false, "body");
        assertThat(refusalMarkedPublished.validate()).extracting(FieldProblem::field).containsExactly("alreadyPublished");
    }

    @Test
    void notThisAgencysInformationNamesTheResponsibleAgencyAndContactUnlessUnknown() {
        ReplyContent named = new ReplyContent(ReplyType.CANNOT_PROVIDE_NOT_HELD, false, null, null, "第三十六条第（五）项",
                "该信息由市规划和自然资源局制作", true, "北京市规划和自然资源委员会", "010-55595000", false, "区人民政府");
        assertThat(named.validate()).isEmpty();
        assertThat(without(named, ReplyField.RESPONSIBLE_AGENCY).validate())
                .extracting(FieldProblem::field).containsExactly("responsibleAgency");
        assertThat(without(named, ReplyField.RESPONSIBLE_AGENCY_CONTACT).validate())
                .extracting(FieldProblem::field).containsExactly("responsibleAgencyContact");

        ReplyContent unknown = new ReplyContent(ReplyType.CANNOT_PROVIDE_NOT_HELD, false, null, null, "第三十六条第（五）项",
                "无法确定", true, null, null, true, "区人民政府");
        assertThat(unknown.validate()).isEmpty();

        ReplyContent wrongType = new ReplyContent(ReplyType.CANNOT_PROVIDE_NEEDS_CREATION, false, null, null, "b", "r",
                true, "某局", "电话", false, "区人民政府");
        assertThat(wrongType.validate()).extracting(FieldProblem::field).containsExactly("notThisAgency");
    }

    @Test
    void partialDisclosureNamesAWithholdingGround() {
        ReplyContent notAGround = new ReplyContent(ReplyType.PARTIALLY_DISCLOSED, false, null,
                ReplyType.CANNOT_PROVIDE_NOT_HELD, "b", "r", false, null, null, false, "body");
        assertThat(notAGround.validate()).extracting(FieldProblem::field).containsExactly("withheldGround");
    }

    @Test
    void abandonmentIsNotDrafted() {
        assertThat(complete(ReplyType.OTHER_FEE_NOT_PAID).validate()).extracting(FieldProblem::field)
                .containsExactly("replyType");
        assertThat(complete(ReplyType.OTHER_CORRECTION_NOT_MADE).validate()).extracting(FieldProblem::field)
                .containsExactly("replyType");
    }
}
