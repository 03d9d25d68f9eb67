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
    RECORD_CORRECTION(false),
    /** The agency's answer (答复书, ARL 2023 Arts. 48, 54) or defence (答辩状, ALL Art. 67); keyed by appeal number. */
    APPEAL_ANSWER(false),
    /** Expected, not a duty: the body's decision or the court's judgment; keyed by appeal number. */
    APPEAL_OUTCOME_EXPECTED(false),
    /** Expected, not a duty: the window to appeal a judgment (15 days) or ruling (10 days), ALL Art. 85. */
    APPEAL_WINDOW_EXPECTED(false),
    /** The agency's new reply ordered by a decision or judgment; on the case, qualified by the appeal number. */
    REMAND_REPLY(true);

    private final boolean qualified;

    ClockKind(boolean qualified) {
        this.qualified = qualified;
    }

    /** True if the clock belongs to an appeal and is keyed by the appeal number, not by a case. */
    public boolean keyedByAppeal() {
        return this == APPEAL_ANSWER || this == APPEAL_OUTCOME_EXPECTED || this == APPEAL_WINDOW_EXPECTED;
    }

    /** True if a case can have several clocks of this kind, told apart by a qualifier (consultation or fee id). */
    public boolean qualified() {
        return qualified;
    }
}
