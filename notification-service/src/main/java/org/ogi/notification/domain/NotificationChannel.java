package org.ogi.notification.domain;

/** How a notification reaches its recipient. */
public enum NotificationChannel {
    EMAIL,
    SMS,
    POST,
    /** The portal inbox: an applicant's own notifications and a staff member's tasks; always beside the others. */
    PORTAL
}
