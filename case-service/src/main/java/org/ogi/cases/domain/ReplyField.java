package org.ogi.cases.domain;

/** The fields of a reply, named as in the API. */
public enum ReplyField {
    LEGAL_BASIS("legalBasis"),
    REASONS("reasons"),
    WITHHELD_GROUND("withheldGround"),
    PUBLICATION_LOCATION("publicationLocation"),
    RESPONSIBLE_AGENCY("responsibleAgency"),
    RESPONSIBLE_AGENCY_CONTACT("responsibleAgencyContact"),
    RECONSIDERATION_BODY("reconsiderationBody");

    private final String apiName;

    ReplyField(String apiName) {
        this.apiName = apiName;
    }

    public String apiName() {
        return apiName;
    }
}
