package org.ogi.notification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
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

    /** As worded for the channel when recorded (what lists show); what is sent is worded anew from the facts. */
    public String subject;

    public String body;
    public String letterText;

    /** The notice's facts (JSON); null on rows written before they were kept, which are sent as worded then. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "facts::text", write = "?::text::jsonb")
    public String facts;

    /** Whom the notice addresses (the applicant's name) and the agency's name, as the templates word them. */
    public String addressee;

    public String agencyName;
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
    /** An SMS's delivery report said it reached the phone, at this time (the proof of service). */
    public OffsetDateTime deliveredAt;

    public OffsetDateTime readAt;
    /** The notification on the channel before, that failed for good. */
    public UUID replaces;

    public String postalTracking;
    public LocalDate signedForOn;
    public OffsetDateTime createdAt;

    public Map<String, Object> facts() {
        return facts == null ? null : FactsJson.read(facts);
    }
}
