package org.ogi.notification.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ogi.notification.domain.PersonalData;
import org.ogi.notification.persistence.NotificationEntity;

/**
 * A notification as staff and applicants see it; the address is masked unless the caller's role needs it.
 * {@code deliveredAt}: when an SMS's delivery report said it reached the phone.
 */
public record NotificationView(
        UUID id,
        String trackingNumber,
        String agency,
        String kind,
        String title,
        String channel,
        String recipient,
        String subject,
        String body,
        String status,
        String providerId,
        String failureReason,
        int attempts,
        String messageId,
        UUID replaces,
        String postalTrackingNumber,
        LocalDate signedForOn,
        OffsetDateTime sentAt,
        OffsetDateTime deliveredAt,
        boolean read,
        OffsetDateTime createdAt) {

    static NotificationView of(NotificationEntity n, boolean unmasked) {
        return new NotificationView(
                n.id,
                n.trackingNumber,
                n.agency,
                n.kind.name(),
                n.kind.title(),
                n.channel.name(),
                unmasked ? n.recipient : PersonalData.mask(n.channel, n.recipient),
                n.subject,
                n.body,
                n.status.name(),
                n.providerId,
                n.failureReason,
                n.attempts,
                n.messageId,
                n.replaces,
                n.postalTracking,
                n.signedForOn,
                n.sentAt,
                n.deliveredAt,
                n.readAt != null,
                n.createdAt);
    }
}
