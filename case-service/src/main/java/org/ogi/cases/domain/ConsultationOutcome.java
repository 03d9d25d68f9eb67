package org.ogi.cases.domain;

/** How a consultation ended: consent, objection (with grounds), or no answer within the 15 working days. */
public enum ConsultationOutcome {
    CONSENT, OBJECTION, NO_ANSWER
}
