package org.ogi.appeals.domain;

/** What legal staff do on an appeal; each is recorded in its history. */
public enum AppealAction {
    FILE,
    DRAFT_ANSWER,
    REVIEW_ANSWER,
    RETURN_ANSWER,
    SUBMIT_ANSWER,
    NOTE_DATE,
    /** The reconsideration body extended its decision period (ARL 2023 Art. 62 ¶1, ARL 2017 Art. 31). */
    EXTEND_DECISION_PERIOD,
    DECIDE,
    WITHDRAW
}
