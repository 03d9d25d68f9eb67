package org.ogi.deadline.domain;

/**
 * Settings of the derivation that the rules leave open.
 *
 * @param defaultCorrectionPeriodWorkingDays the applicant's correction period when the notice names none
 *                                           (Art. 30 only says "reasonable"; agency setting)
 * @param excludeFeeWait                     whether the time from a fee notice to payment is left out of the reply
 *                                           period (ogi-rules §1.13, UNCONFIRMED)
 * @param recordCorrectionWorkingDays        the period for an Art. 41 correction of the applicant's own records,
 *                                           which the Regulation does not set (ogi-rules §1.12, UNCONFIRMED)
 */
public record ClockRules(
        int defaultCorrectionPeriodWorkingDays, boolean excludeFeeWait, int recordCorrectionWorkingDays) {

    /** Art. 30: the correction notice is due 7 working days after receipt. */
    public static final int CORRECTION_NOTICE_WORKING_DAYS = 7;
    /** Arts. 32 and 34: the consulted party answers within 15 working days of receiving the letter. */
    public static final int CONSULTATION_ANSWER_WORKING_DAYS = 15;
    /** Fee measures as restated in §1.13: pay within 20 working days from the day after the notice is received. */
    public static final int FEE_PAYMENT_WORKING_DAYS = 20;

    public ClockRules {
        if (defaultCorrectionPeriodWorkingDays < 1) {
            throw new IllegalArgumentException("default correction period must be at least 1 working day");
        }
        if (recordCorrectionWorkingDays < 1) {
            throw new IllegalArgumentException("the Art. 41 period must be at least 1 working day");
        }
    }

    public static ClockRules defaults() {
        return new ClockRules(15, true, 20);
    }
}
