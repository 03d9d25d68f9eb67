package org.ogi.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ogi.law.ReplyRegime;

class ReplyContentTest {

    /** A valid reply of the type, with only the fields the type needs. */
    static ReplyContent complete(ReplyType type) {
        return new ReplyContent(
                type,
                false,
                null,
                type == ReplyType.PARTIALLY_DISCLOSED ? ReplyType.WITHHELD_THIRD_PARTY_RIGHTS : null,
                "《中华人民共和国政府信息公开条例》",
                type.isAdverse() ? "所申请信息涉及个人隐私" : null,
                false,
                null,
                null,
                false,
                type.isAdverse() ? "北京市东城区人民政府" : null,
                type == ReplyType.NOT_PROCESSED_REPEAT_REQUEST ? "A-2024-000001" : null,
                type == ReplyType.WITHHELD_ADMINISTRATIVE_QUERY ? "《不动产登记暂行条例》" : null,
                null);
    }

    static ReplyContent without(ReplyContent r, ReplyField field) {
        return new ReplyContent(
                r.type(),
                r.alreadyPublished(),
                field == ReplyField.PUBLICATION_LOCATION ? null : r.publicationLocation(),
                field == ReplyField.WITHHELD_GROUND ? null : r.withheldGround(),
                field == ReplyField.LEGAL_BASIS ? " " : r.legalBasis(),
                field == ReplyField.REASONS ? "" : r.reasons(),
                r.notThisAgency(),
                field == ReplyField.RESPONSIBLE_AGENCY ? null : r.responsibleAgency(),
                field == ReplyField.RESPONSIBLE_AGENCY_CONTACT ? null : r.responsibleAgencyContact(),
                r.responsibleAgencyUnknown(),
                field == ReplyField.RECONSIDERATION_BODY ? null : r.reconsiderationBody(),
                field == ReplyField.REPEAT_OF ? null : r.repeatOf(),
                field == ReplyField.SPECIAL_LAW ? null : r.specialLaw(),
                r.publicInterestReasons());
    }

    @Test
    void alreadyPublishedSaysWhere() {
        ReplyContent published = ReplyContentBuilder.of(ReplyType.DISCLOSED)
                .alreadyPublished(true)
                .publicationLocation("https://www.example.gov.cn/xxgk/1")
                .legalBasis("《中华人民共和国政府信息公开条例》第三十六条第（一）项")
                .build();
        assertThat(published.validate()).isEmpty();
        assertThat(without(published, ReplyField.PUBLICATION_LOCATION).validate())
                .extracting(FieldProblem::field)
                .containsExactly("publicationLocation");
        ReplyContent refusalMarkedPublished = ReplyContentBuilder.of(ReplyType.WITHHELD_STATE_SECRET)
                .alreadyPublished(true)
                .publicationLocation("x")
                .legalBasis("basis")
                .reasons("reasons")
                .reconsiderationBody("body")
                .build();
        assertThat(refusalMarkedPublished.validate())
                .extracting(FieldProblem::field)
                .containsExactly("alreadyPublished");
    }

    @Test
    void notThisAgencysInformationNamesTheResponsibleAgencyAndContactUnlessUnknown() {
        ReplyContent named = ReplyContentBuilder.of(ReplyType.CANNOT_PROVIDE_NOT_HELD)
                .legalBasis("第三十六条第（五）项")
                .reasons("该信息由市规划和自然资源局制作")
                .notThisAgency(true)
                .responsibleAgency("北京市规划和自然资源委员会")
                .responsibleAgencyContact("010-55595000")
                .reconsiderationBody("区人民政府")
                .build();
        assertThat(named.validate()).isEmpty();
        assertThat(without(named, ReplyField.RESPONSIBLE_AGENCY).validate())
                .extracting(FieldProblem::field)
                .containsExactly("responsibleAgency");
        assertThat(without(named, ReplyField.RESPONSIBLE_AGENCY_CONTACT).validate())
                .extracting(FieldProblem::field)
                .containsExactly("responsibleAgencyContact");

        ReplyContent unknown = ReplyContentBuilder.of(ReplyType.CANNOT_PROVIDE_NOT_HELD)
                .legalBasis("第三十六条第（五）项")
                .reasons("无法确定")
                .notThisAgency(true)
                .responsibleAgencyUnknown(true)
                .reconsiderationBody("区人民政府")
                .build();
        assertThat(unknown.validate()).isEmpty();

        ReplyContent wrongType = ReplyContentBuilder.of(ReplyType.CANNOT_PROVIDE_NEEDS_CREATION)
                .legalBasis("b")
                .reasons("r")
                .notThisAgency(true)
                .responsibleAgency("某局")
                .responsibleAgencyContact("电话")
                .reconsiderationBody("区人民政府")
                .build();
        assertThat(wrongType.validate()).extracting(FieldProblem::field).containsExactly("notThisAgency");
    }

    @Test
    void partialDisclosureNamesAWithholdingGround() {
        ReplyContent notAGround = ReplyContentBuilder.of(ReplyType.PARTIALLY_DISCLOSED)
                .withheldGround(ReplyType.CANNOT_PROVIDE_NOT_HELD)
                .legalBasis("b")
                .reasons("r")
                .reconsiderationBody("body")
                .build();
        assertThat(notAGround.validate()).extracting(FieldProblem::field).containsExactly("withheldGround");
    }

    @Test
    void abandonmentIsNotDrafted() {
        assertThat(complete(ReplyType.OTHER_FEE_NOT_PAID).validate())
                .extracting(FieldProblem::field)
                .containsExactly("replyType");
        assertThat(complete(ReplyType.OTHER_CORRECTION_NOT_MADE).validate())
                .extracting(FieldProblem::field)
                .containsExactly("replyType");
    }

    /** Issue 10 item 6: each variant cites its own article when staff name none. */
    @Test
    void theDefaultLegalBasisFollowsTheVariant() {
        ReplyContent published = ReplyContentBuilder.of(ReplyType.DISCLOSED)
                .alreadyPublished(true)
                .publicationLocation("政府网站")
                .build();
        assertThat(published.withDefaultLegalBasis(ReplyRegime.OGI_2019).legalBasis())
                .isEqualTo("《中华人民共和国政府信息公开条例》第三十六条第（一）项");
        ReplyContent disclosed =
                ReplyContentBuilder.of(ReplyType.DISCLOSED).legalBasis(" ").build();
        assertThat(disclosed.withDefaultLegalBasis(ReplyRegime.OGI_2019).legalBasis())
                .endsWith("第三十六条第（二）项");
        ReplyContent elsewhere = ReplyContentBuilder.of(ReplyType.CANNOT_PROVIDE_NOT_HELD)
                .reasons("r")
                .notThisAgency(true)
                .responsibleAgency("市规划和自然资源委员会")
                .responsibleAgencyContact("010-55595000")
                .reconsiderationBody("区人民政府")
                .build();
        assertThat(elsewhere.withDefaultLegalBasis(ReplyRegime.OGI_2019).legalBasis())
                .endsWith("第三十六条第（五）项");
        ReplyContent none = ReplyContentBuilder.of(ReplyType.CANNOT_PROVIDE_NOT_HELD)
                .reasons("r")
                .reconsiderationBody("区人民政府")
                .build();
        assertThat(none.withDefaultLegalBasis(ReplyRegime.OGI_2019).legalBasis())
                .endsWith("第三十六条第（四）项");
        ReplyContent named = ReplyContentBuilder.of(ReplyType.DISCLOSED)
                .alreadyPublished(true)
                .publicationLocation("政府网站")
                .legalBasis("某规定")
                .build();
        assertThat(named.withDefaultLegalBasis(ReplyRegime.OGI_2019).legalBasis())
                .isEqualTo("某规定");
    }

    /** Issue 10 item 2: a request under OGI Reg 2008 cites that Regulation's articles. */
    @Test
    void a2008RequestCitesThe2008Articles() {
        ReplyContent published = ReplyContentBuilder.of(ReplyType.DISCLOSED)
                .alreadyPublished(true)
                .publicationLocation("政府网站")
                .build();
        assertThat(published.withDefaultLegalBasis(ReplyRegime.OGI_2008).legalBasis())
                .isEqualTo("《中华人民共和国政府信息公开条例》（2007年国务院令第492号公布）第二十一条第（一）项");
        assertThat(ReplyType.WITHHELD_STATE_SECRET.defaultLegalBasis(ReplyRegime.OGI_2008))
                .endsWith("第十四条第四款、第二十一条第（二）项");
        assertThat(ReplyType.CANNOT_PROVIDE_NOT_HELD.defaultLegalBasis(ReplyRegime.OGI_2008))
                .endsWith("第二十一条第（三）项");
        // No 2008 article for Art. 38's 另行制作: staff name the basis.
        assertThat(ReplyType.CANNOT_PROVIDE_NEEDS_CREATION.defaultLegalBasis(ReplyRegime.OGI_2008))
                .isNull();
        assertThat(ReplyType.WITHHELD_THIRD_PARTY_RIGHTS.ground(ReplyRegime.OGI_2008))
                .isEqualTo("涉及商业秘密、个人隐私");
        assertThat(ReplyType.WITHHELD_THIRD_PARTY_RIGHTS.ground(ReplyRegime.OGI_2019))
                .isEqualTo("保护第三方合法权益");
    }

    /** Issue 10 item 7: Art. 36(七) names the law to proceed under. */
    @Test
    void anAdministrativeQueryNamesTheSpecialLaw() {
        ReplyContent query = complete(ReplyType.WITHHELD_ADMINISTRATIVE_QUERY);
        assertThat(without(query, ReplyField.SPECIAL_LAW).validate())
                .extracting(FieldProblem::field)
                .containsExactly("specialLaw");
        ReplyContent misplaced = ReplyContentBuilder.of(ReplyType.WITHHELD_STATE_SECRET)
                .legalBasis("b")
                .reasons("r")
                .reconsiderationBody("body")
                .repeatOf("A-1")
                .specialLaw("《某法》")
                .publicInterestReasons("公共利益")
                .build();
        assertThat(misplaced.validate())
                .extracting(FieldProblem::field)
                .containsExactly("repeatOf", "specialLaw", "publicInterestReasons");
    }
}
