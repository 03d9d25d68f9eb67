package org.ogi.contracts.v1;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Payloads of notification-service's delivery events (topic {@code ogi.notifications}), keyed by tracking number. */
public final class NotificationEvents {

    private NotificationEvents() {}

    /**
     * A channel accepted the notification: the SMTP relay (providerId the Message-ID), the SMS provider (its id), the
     * mail room's batch of the day (post).
     */
    public record Sent(
            String trackingNumber,
            String agency,
            String notificationId,
            String kind,
            String channel,
            String providerId,
            OffsetDateTime sentAt) {}

    /** The channel failed for good; {@code nextChannel} is tried instead (null: none left, staff must serve it). */
    public record Failed(
            String trackingNumber,
            String agency,
            String notificationId,
            String kind,
            String channel,
            String reason,
            String nextChannel) {}

    /**
     * Proof of service (送达) of an applicant's notice: the e-mail was sent, the SMS provider accepted the text, or
     * the registered letter was signed for. For kind REPLY, case-service records the reply's service date from it.
     *
     * @param proof what proves it: address and Message-ID, number and provider id, postal tracking number
     */
    public record Served(
            String trackingNumber,
            String agency,
            String notificationId,
            String kind,
            String channel,
            LocalDate servedOn,
            String proof) {}
}
