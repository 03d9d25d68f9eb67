package org.ogi.appeals.domain;

/** Where an appeal stands for the agency's legal staff. */
public enum AppealStatus {
    FILED,
    ANSWER_DRAFTED,
    ANSWER_REVIEWED,
    ANSWER_SUBMITTED,
    DECIDED,
    WITHDRAWN;

    public boolean open() {
        return this != DECIDED && this != WITHDRAWN;
    }
}
