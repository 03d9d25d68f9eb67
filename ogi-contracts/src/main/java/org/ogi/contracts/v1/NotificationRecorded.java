package org.ogi.contracts.v1;

/** notification-service recorded a notification for an applicant or staff member. */
public record NotificationRecorded(
        String trackingNumber, String agency, String notificationId, String kind, String channel, String recipient) {}
