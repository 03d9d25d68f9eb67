package org.ogi.notification.persistence;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.Arrays;
import org.ogi.notification.domain.Contact;
import org.ogi.notification.domain.DeliveryState;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;

/** Notification rows as the delivery relay reads and writes them with the SQL client (outside Hibernate). */
public final class NotificationRows {

    public static final String INSERT = "insert into notification (id, event_id, tracking_number, agency, kind, "
            + "audience, channel, recipient_key, recipient_user, recipient_role, recipient, subject, body, "
            + "letter_text, sms_text, status, message_id, attempts, next_attempt_at, sent_at, provider_id, replaces, "
            + "created_at, facts, addressee, agency_name) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
            + "$13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24::text::jsonb, $25, $26)";

    private NotificationRows() {}

    public static Tuple values(NotificationEntity n) {
        return Tuple.from(Arrays.asList(
                n.id,
                n.eventId,
                n.trackingNumber,
                n.agency,
                n.kind.name(),
                n.audience.name(),
                n.channel.name(),
                n.recipientKey,
                n.recipientUser,
                n.recipientRole,
                n.recipient,
                n.subject,
                n.body,
                n.letterText,
                n.smsText,
                n.status.name(),
                n.messageId,
                n.attempts,
                n.nextAttemptAt,
                n.sentAt,
                n.providerId,
                n.replaces,
                n.createdAt,
                n.facts,
                n.addressee,
                n.agencyName));
    }

    public static NotificationEntity notification(Row row) {
        NotificationEntity n = new NotificationEntity();
        n.id = row.getUUID("id");
        n.eventId = row.getString("event_id");
        n.trackingNumber = row.getString("tracking_number");
        n.agency = row.getString("agency");
        n.kind = NotificationKind.valueOf(row.getString("kind"));
        n.audience = NotificationKind.Audience.valueOf(row.getString("audience"));
        n.channel = NotificationChannel.valueOf(row.getString("channel"));
        n.recipientKey = row.getString("recipient_key");
        n.recipientUser = row.getString("recipient_user");
        n.recipientRole = row.getString("recipient_role");
        n.recipient = row.getString("recipient");
        n.subject = row.getString("subject");
        n.body = row.getString("body");
        n.letterText = row.getString("letter_text");
        n.smsText = row.getString("sms_text");
        n.status = DeliveryState.valueOf(row.getString("status"));
        n.messageId = row.getString("message_id");
        n.attempts = row.getInteger("attempts");
        Object facts = row.getValue("facts");
        n.facts = facts == null ? null : facts.toString();
        n.addressee = row.getString("addressee");
        n.agencyName = row.getString("agency_name");
        n.providerId = row.getString("provider_id");
        n.sentAt = row.getOffsetDateTime("sent_at");
        n.deliveredAt = row.getOffsetDateTime("delivered_at");
        n.createdAt = row.getOffsetDateTime("created_at");
        return n;
    }

    public static Contact contact(Row row) {
        String preferred = row.getString("preferred_channel");
        return new Contact(
                row.getString("name"),
                row.getString("email"),
                row.getString("phone"),
                row.getString("address"),
                row.getString("user_id"),
                preferred == null ? null : NotificationChannel.valueOf(preferred));
    }
}
