package org.ogi.cases.domain;

/** Art. 32 (third party) or Art. 34 (another agency that made the information jointly). */
public enum ConsultationKind {
    THIRD_PARTY, OTHER_AGENCY
}
