package org.ogi.notification.domain;

public enum NotificationKind {
    /** Tells the applicant the request was received, with its tracking number and received date. */
    ACKNOWLEDGEMENT
}
