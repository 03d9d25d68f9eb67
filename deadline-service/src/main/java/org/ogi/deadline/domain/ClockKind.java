package org.ogi.deadline.domain;

/** The statutory clocks of a case. */
public enum ClockKind {
    /** Art. 33 (2008: Art. 24): the agency's reply. */
    REPLY,
    /** Art. 30: the agency's one correction notice, 7 working days after receipt (2019 regime only). */
    CORRECTION_NOTICE,
    /** Art. 30: the applicant's correction period set in the notice. */
    CORRECTION_PERIOD,
    /** Art. 32: the third party's answer, 15 working days after it received the letter. */
    THIRD_PARTY_ANSWER,
    /** Art. 34: the consulted agency's answer, 15 working days after it received the letter. */
    OTHER_AGENCY_ANSWER,
    /** Fee measures (§1.13): payment within 20 working days from the day after the notice. */
    FEE_PAYMENT
}
