package org.ogi.intake.domain;

/** What a request asks for. */
public enum RequestKind {
    /** Art. 27: government information. */
    INFORMATION,
    /** Art. 41: correction of a record about the applicant that the agency provided, with evidence. */
    RECORD_CORRECTION
}
