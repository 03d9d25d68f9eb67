package org.ogi.cases.domain;

/**
 * How a consultation ended. A third party that does not answer within its 15 working days leaves the decision to the
 * agency under the Regulation (Art. 32: NO_ANSWER); another agency that does not answer is deemed to consent (Art. 34:
 * 「逾期未提出意见的视为同意公开」, DEEMED_CONSENT).
 */
public enum ConsultationOutcome {
    CONSENT,
    OBJECTION,
    NO_ANSWER,
    DEEMED_CONSENT;

    /** Recorded because the answer period ended, not because an answer arrived. */
    public boolean isSilence() {
        return this == NO_ANSWER || this == DEEMED_CONSENT;
    }
}
