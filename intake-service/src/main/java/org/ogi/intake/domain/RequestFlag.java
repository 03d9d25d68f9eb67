package org.ogi.intake.domain;

/** Facts about a registered request that staff must look at; none of them refuses the request. */
public enum RequestFlag {
    /** Art. 29 ¶2 contents are missing: see the missing contents. */
    INCOMPLETE,
    /** A paper request carries an identity number that fails its check; kept exactly as written. */
    INVALID_ID_AS_WRITTEN,
    /** Same applicant, similar content within 12 months (重复申请, Art. 36(六)): a person decides. */
    POSSIBLE_REPEAT
}
