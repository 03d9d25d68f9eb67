package org.ogi.intake.domain;

/** How a request reached the OGI office (Art. 29, 31). */
public enum Channel {
    WEB,
    LETTER,
    FAX,
    IN_PERSON,
    ORAL
}
