package org.ogi.notification.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Roles;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.NotificationRecorded;
import org.ogi.notification.config.NotificationConfig;
import org.ogi.notification.domain.Contact;
import org.ogi.notification.domain.DeliveryState;
import org.ogi.notification.domain.Notice;
import org.ogi.notification.domain.Notices;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;
import org.ogi.notification.domain.Recipient;
import org.ogi.notification.persistence.CaseContactEntity;
import org.ogi.notification.persistence.FactsJson;
import org.ogi.notification.persistence.NotificationEntity;
import org.ogi.platform.outbox.Outbox;

/**
 * Records the notifications an event calls for, inside the consuming transaction: each is a row of the delivery
 * queue ({@link DeliveryRelay} sends it later, outside this transaction), and an applicant's is also in their
 * portal inbox. Rows are unique by (event, recipient, kind, channel), so a redelivered event adds nothing.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);

    private final Outbox outbox;
    private final Clock clock;
    private final NoticeTexts texts;
    private final NotificationConfig config;

    Notifications(Outbox outbox, Clock clock, NoticeTexts texts, NotificationConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.texts = texts;
        this.config = config;
    }

    /** A notice to the case's applicant, on the first channel their contact allows, and in their inbox. */
    public Uni<Void> toApplicant(CloudEvent event, Notice notice) {
        return CaseContactEntity.forUpdate(notice.trackingNumber()).chain(contact -> {
            if (contact == null) {
                // The request's event (another topic) has not been applied yet: failing lets the consumer retry.
                return Uni.createFrom()
                        .failure(new IllegalStateException("no contact known yet for " + notice.trackingNumber() + "; "
                                + event.type() + " retried"));
            }
            return toApplicant(event.id(), notice, contact);
        });
    }

    Uni<Void> toApplicant(String eventId, Notice notice, CaseContactEntity contact) {
        Contact reach = contact.contact();
        Addressed addressed = new Addressed(notice, contact.name, contact.agencyName);
        Recipient recipient = Recipient.applicant(contact.userId);
        List<NotificationEntity> rows = new ArrayList<>();
        reach.address(NotificationChannel.PORTAL)
                .ifPresent(account -> rows.add(inbox(eventId, addressed, recipient, account)));
        Optional<NotificationChannel> first = reach.channels().stream().findFirst();
        first.ifPresent(channel -> rows.add(queued(
                eventId, addressed, recipient, channel, reach.address(channel).orElseThrow())));
        Uni<Void> persisted = persistAll(rows);
        if (first.isEmpty() && reach.address(NotificationChannel.PORTAL).isEmpty()) {
            Notice task =
                    Notices.deliveryFailed(notice.trackingNumber(), notice.agency(), notice.kind(), "申请人未提供任何联系方式");
            persisted = persisted.chain(() -> toStaff(eventId, task, caseStaff(contact)));
        }
        return persisted;
    }

    /**
     * A reminder or task for staff, in their portal inbox, and e-mailed once to the agency's OGI office mailbox
     * when one is configured (staff away from the system still hear of a deadline).
     */
    public Uni<Void> toStaff(String eventId, Notice notice, List<Recipient> recipients) {
        Addressed addressed = new Addressed(notice, null, null);
        List<NotificationEntity> rows = new ArrayList<>();
        for (Recipient recipient : recipients) {
            rows.add(inbox(eventId, addressed, recipient, recipient.key()));
        }
        String mailbox =
                notice.agency() == null ? null : config.staffMailboxes().get(notice.agency());
        if (mailbox != null && !mailbox.isBlank()) {
            rows.add(
                    queued(eventId, addressed, Recipient.mailbox(notice.agency()), NotificationChannel.EMAIL, mailbox));
        }
        return persistAll(rows);
    }

    /** A notice with whom it addresses and from which agency: what its templates need besides the facts. */
    record Addressed(Notice notice, String name, String agencyName) {}

    /** The assigned officer, else the head of the OGI office. */
    public static List<Recipient> caseStaff(CaseContactEntity contact) {
        return contact != null && contact.officer != null
                ? List.of(Recipient.staff(contact.officer))
                : List.of(Recipient.role(Roles.OGI_OFFICE_HEAD));
    }

    /** On breach: the assigned officer and the head of the OGI office. */
    public static List<Recipient> escalated(CaseContactEntity contact) {
        List<Recipient> recipients = new ArrayList<>();
        if (contact != null && contact.officer != null) {
            recipients.add(Recipient.staff(contact.officer));
        }
        recipients.add(Recipient.role(Roles.OGI_OFFICE_HEAD));
        return recipients;
    }

    private Uni<Void> persistAll(List<NotificationEntity> rows) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (NotificationEntity row : rows) {
            chain = chain.chain(() -> row.persist()).chain(() -> announce(row));
        }
        return chain.invoke(() -> LOG.debugf("%d notification(s) recorded", rows.size()));
    }

    private Uni<Void> announce(NotificationEntity row) {
        if (row.channel == NotificationChannel.PORTAL && row.audience == NotificationKind.Audience.APPLICANT) {
            return Uni.createFrom().voidItem();
        }
        return outbox.append(
                        Events.NOTIFICATION_RECORDED,
                        row.trackingNumber,
                        new NotificationRecorded(
                                row.trackingNumber,
                                row.agency,
                                row.id.toString(),
                                row.kind.name(),
                                row.channel.name(),
                                row.recipientKey))
                .replaceWithVoid();
    }

    /** The inbox row, delivered as it is recorded. */
    NotificationEntity inbox(String eventId, Addressed addressed, Recipient recipient, String account) {
        NotificationEntity row = row(eventId, addressed, recipient, NotificationChannel.PORTAL, account);
        row.status = DeliveryState.SENT;
        row.providerId = "portal";
        row.sentAt = row.createdAt;
        return row;
    }

    /** A row due now on {@code channel}. */
    private NotificationEntity queued(
            String eventId, Addressed addressed, Recipient recipient, NotificationChannel channel, String address) {
        NotificationEntity row = row(eventId, addressed, recipient, channel, address);
        row.status = DeliveryState.PENDING;
        row.nextAttemptAt = row.createdAt;
        return row;
    }

    /**
     * The row keeps the notice's facts, so the relay words it for the channel it is finally sent on; subject and
     * body are its wording for {@code channel} now, for the lists.
     */
    private NotificationEntity row(
            String eventId, Addressed addressed, Recipient recipient, NotificationChannel channel, String address) {
        Notice notice = addressed.notice();
        NotificationEntity row = new NotificationEntity();
        row.id = UUID.randomUUID();
        row.eventId = eventId;
        row.trackingNumber = notice.trackingNumber();
        row.agency = notice.agency();
        row.kind = notice.kind();
        row.audience = notice.kind().audience();
        row.channel = channel;
        row.recipientKey = recipient.key();
        row.recipientUser = recipient.userId();
        row.recipientRole = recipient.role();
        row.recipient = address;
        row.facts = FactsJson.write(notice.facts());
        row.addressee = addressed.name();
        row.agencyName = addressed.agencyName();
        row.letterText = notice.letterText();
        reword(row);
        row.messageId = "<" + row.id + "@" + config.email().messageIdDomain() + ">";
        row.createdAt = OffsetDateTime.now(clock);
        return row;
    }

    /** Words the row's subject and body for its channel (after it moved to another). */
    void reword(NotificationEntity row) {
        NoticeTexts.Rendered text = texts.render(row);
        row.subject = text.subject();
        row.body = text.text();
    }

    /** A new PENDING notification due {@code now}, saying what {@code from} says to the same recipient. */
    public NotificationEntity copy(NotificationEntity from, OffsetDateTime now) {
        NotificationEntity n = new NotificationEntity();
        n.id = UUID.randomUUID();
        n.eventId = from.eventId;
        n.trackingNumber = from.trackingNumber;
        n.agency = from.agency;
        n.kind = from.kind;
        n.audience = from.audience;
        n.channel = from.channel;
        n.recipientKey = from.recipientKey;
        n.recipientUser = from.recipientUser;
        n.recipientRole = from.recipientRole;
        n.recipient = from.recipient;
        n.subject = from.subject;
        n.body = from.body;
        n.letterText = from.letterText;
        n.smsText = from.smsText;
        n.facts = from.facts;
        n.addressee = from.addressee;
        n.agencyName = from.agencyName;
        n.status = DeliveryState.PENDING;
        n.messageId = "<" + n.id + "@" + config.email().messageIdDomain() + ">";
        n.nextAttemptAt = now;
        n.createdAt = now;
        return n;
    }

    /** The notifications of one case of the agency, oldest first. */
    @WithSession
    public Uni<List<NotificationEntity>> ofCase(String trackingNumber, String agency) {
        return NotificationEntity.list(
                "trackingNumber = ?1 and agency = ?2 order by createdAt, channel", trackingNumber, agency);
    }
}
