package org.ogi.law;

/** Whom the agency consults; both pause the reply period under the 2019 regime (Art. 33 ¶3). */
public enum ConsultationKind {
    /** Art. 32 (2008: Art. 23). */
    THIRD_PARTY,
    /** Art. 34; the 2008 regime did not exclude this time. */
    OTHER_AGENCY
}
