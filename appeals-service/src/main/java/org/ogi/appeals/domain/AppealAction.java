package org.ogi.appeals.domain;

/** What legal staff do on an appeal; each is recorded in its history. */
public enum AppealAction {
    FILE,
    DRAFT_ANSWER,
    REVIEW_ANSWER,
    RETURN_ANSWER,
    SUBMIT_ANSWER,
    NOTE_DATE,
    DECIDE,
    WITHDRAW
}
