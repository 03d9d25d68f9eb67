package org.ogi.intake.domain;

/** 自然人 or 法人或其他组织 (Art. 27). */
public enum ApplicantType {
    NATURAL_PERSON,
    ORGANISATION
}
