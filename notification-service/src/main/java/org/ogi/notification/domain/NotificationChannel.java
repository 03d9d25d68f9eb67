package org.ogi.notification.domain;

import org.ogi.contracts.v1.RequestReceived;

/** How an applicant is reached. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    POST,
    PORTAL;

    /** E-mail if given, else a text message, else a letter to the address, else the portal inbox. */
    public static NotificationChannel preferredFor(RequestReceived.Applicant applicant) {
        if (present(applicant.email())) {
            return EMAIL;
        }
        if (present(applicant.phone())) {
            return SMS;
        }
        if (present(applicant.address())) {
            return POST;
        }
        return PORTAL;
    }

    public String recipient(RequestReceived.Applicant applicant) {
        return switch (this) {
            case EMAIL -> applicant.email();
            case SMS -> applicant.phone();
            case POST -> applicant.address();
            case PORTAL -> applicant.userId() != null ? applicant.userId() : applicant.name();
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
