package org.ogi.intake.domain;

import org.ogi.law.ApplicantCategory;

/** 自然人 or 法人或其他组织 (Art. 27). */
public enum ApplicantType {
    NATURAL_PERSON,
    ORGANISATION;

    /**
     * The table 三 column the applicant counts in: a natural person is always its own column; an organisation
     * without a stated category counts as OTHER.
     */
    public ApplicantCategory category(ApplicantCategory stated) {
        if (this == NATURAL_PERSON) {
            return ApplicantCategory.NATURAL_PERSON;
        }
        return stated == null || stated == ApplicantCategory.NATURAL_PERSON ? ApplicantCategory.OTHER : stated;
    }
}
