package org.ogi.intake.domain;

/** Intake's view of a request: registered with a received date, or waiting for the confirmation of Art. 31. */
public enum RequestStatus {
    AWAITING_CONFIRMATION,
    RECEIVED
}
