package org.ogi.contracts.v1;

/** The statutory clocks deadline-service keeps; {@link #qualified()} kinds exist once per consultation or fee. */
public enum ClockKind {
    /** Art. 33 (2008: Art. 24): the agency's reply. */
    REPLY(false),
    /** Art. 30: the agency's one correction notice, 7 working days after receipt (2019 regime only). */
    CORRECTION_NOTICE(false),
    /** Art. 30: the applicant's correction period set in the notice. */
    CORRECTION_PERIOD(false),
    /** Art. 32: the third party's answer, 15 working days after it received the letter; qualified by consultation. */
    THIRD_PARTY_ANSWER(true),
    /** Art. 34: the consulted agency's answer, 15 working days after it received the letter; by consultation. */
    OTHER_AGENCY_ANSWER(true),
    /** Fee measures (§1.13): payment within 20 working days from the day after the notice is received; by fee. */
    FEE_PAYMENT(true),
    /** Art. 31(二): an ordinary letter is confirmed with the applicant on the day it arrives. */
    CONFIRMATION(false),
    /** Art. 41: the agency's answer to a request to correct the applicant's own records. */
    RECORD_CORRECTION(false);

    private final boolean qualified;

    ClockKind(boolean qualified) {
        this.qualified = qualified;
    }

    /** True if a case can have several clocks of this kind, told apart by a qualifier (consultation or fee id). */
    public boolean qualified() {
        return qualified;
    }
}
