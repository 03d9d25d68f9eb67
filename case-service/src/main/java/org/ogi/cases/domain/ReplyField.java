package org.ogi.cases.domain;

/** The fields of a reply, named as in the API. */
public enum ReplyField {
    LEGAL_BASIS("legalBasis"),
    REASONS("reasons"),
    WITHHELD_GROUND("withheldGround"),
    PUBLICATION_LOCATION("publicationLocation"),
    RESPONSIBLE_AGENCY("responsibleAgency"),
    RESPONSIBLE_AGENCY_CONTACT("responsibleAgencyContact"),
    RECONSIDERATION_BODY("reconsiderationBody"),
    /** Art. 36(六): the tracking number of the earlier, answered request. */
    REPEAT_OF("repeatOf"),
    /** Art. 36(七): the law or administrative regulation under which the applicant is to proceed. */
    SPECIAL_LAW("specialLaw");

    private final String apiName;

    ReplyField(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
