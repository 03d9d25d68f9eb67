package org.ogi.deadline.domain;

/** The statutory clocks of a case. */
public enum ClockKind {
    /** Art. 33: the agency's reply. */
    REPLY
}
