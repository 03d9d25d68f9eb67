package org.ogi.cases.domain;

/** The realm roles that act on cases, by their token names. */
public enum StaffRole {
    CASE_OFFICER("case-officer"),
    SECRECY_REVIEWER("secrecy-reviewer"),
    REVIEWER("reviewer"),
    OGI_OFFICE_HEAD("ogi-office-head"),
    /** Records appeals and their decisions in appeals-service; reopens a case only through such a decision. */
    LEGAL_OFFICER("legal-officer"),
    /** Not staff: the applicant, who may only withdraw their own request. */
    APPLICANT("applicant");

    private final String tokenName;

    StaffRole(String tokenName) {
        this.tokenName = tokenName;
    }

    public String tokenName() {
        return tokenName;
    }
}
