package org.ogi.cases.domain;

/** The clocks whose due dates deadline-service announces ({@code ogi.deadline.scheduled.v1}, field {@code clock}). */
public enum DeadlineClock {
    /** Art. 33: the reply. */
    REPLY,
    /** Art. 30: the correction notice, 7 working days from receipt. */
    CORRECTION_NOTICE,
    /** Art. 30: the correction period the agency set for the applicant. */
    CORRECTION_PERIOD,
    /** Fee measures: payment within 20 working days from the day after the notice is received. */
    FEE_PAYMENT
}
