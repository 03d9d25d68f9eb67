package org.ogi.notification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.ogi.notification.domain.DeliveryState;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;

/** A notification and its place in the delivery queue (PENDING rows due at {@code nextAttemptAt}). */
@Entity
@Table(name = "notification")
public class NotificationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    public String trackingNumber;
    public String agency;
    /** The event that caused it; with recipient, kind and channel it is unique. */
    public String eventId;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    @Enumerated(EnumType.STRING)
    public NotificationKind.Audience audience;

    @Enumerated(EnumType.STRING)
    public NotificationChannel channel;

    public String recipientKey;
    public String recipientUser;
    public String recipientRole;
    /** Where the channel delivers: e-mail address, phone number, postal address or account. */
    public String recipient;

    public String subject;
    public String body;
    public String letterText;
    /** The text message, when the kind has one (kept for a switch to SMS). */
    public String smsText;

    @Enumerated(EnumType.STRING)
    public DeliveryState status;

    public String messageId;
    public String providerId;
    public String failureReason;
    public int attempts;
    public OffsetDateTime nextAttemptAt;
    public OffsetDateTime sentAt;
    public OffsetDateTime readAt;
    /** The notification on the channel before, that failed for good. */
    public UUID replaces;

    public String postalTracking;
    public LocalDate signedForOn;
    public OffsetDateTime createdAt;
}
