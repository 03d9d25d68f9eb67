package org.ogi.intake.domain;

/** The applicant columns of annual-report table 三. */
public enum ApplicantCategory {
    NATURAL_PERSON,
    COMMERCIAL_ENTERPRISE,
    RESEARCH_INSTITUTION,
    SOCIAL_WELFARE_ORGANISATION,
    LEGAL_SERVICE_INSTITUTION,
    OTHER;

    /** A natural person is always its own column; an organisation without a stated category counts as OTHER. */
    public static ApplicantCategory of(ApplicantType type, ApplicantCategory stated) {
        if (type == ApplicantType.NATURAL_PERSON) {
            return NATURAL_PERSON;
        }
        return stated == null || stated == NATURAL_PERSON ? OTHER : stated;
    }
}
