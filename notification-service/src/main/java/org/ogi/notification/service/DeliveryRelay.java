package org.ogi.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.ogi.contracts.EventType;
import org.ogi.contracts.Roles;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.NotificationEvents;
import org.ogi.notification.config.NotificationConfig;
import org.ogi.notification.domain.Contact;
import org.ogi.notification.domain.DeliveryDecision;
import org.ogi.notification.domain.DeliveryState;
import org.ogi.notification.domain.Notices;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;
import org.ogi.notification.domain.Recipient;
import org.ogi.notification.domain.RetryPolicy;
import org.ogi.notification.domain.SendResult;
import org.ogi.notification.persistence.NotificationEntity;
import org.ogi.notification.persistence.NotificationRows;
import org.ogi.platform.outbox.Outbox;
import org.ogi.platform.persistence.DatabaseWakeUps;

/**
 * Works the delivery queue like the outbox relay works the outbox: one notification per transaction is claimed
 * ({@code for update skip locked}, so several workers and instances never claim the same row), sent, and marked with the
 * outcome and its event in the same transaction. A crash after the channel accepted it but before the commit
 * leaves the row PENDING: that one notification is sent again, with the same Message-ID.
 */
@ApplicationScoped
public class DeliveryRelay {

    private static final Logger LOG = Logger.getLogger(DeliveryRelay.class);
    private static final Duration DB_TIMEOUT = Duration.ofSeconds(30);
    private static final String CLAIM = "select * from notification where status = 'PENDING' and next_attempt_at <= $1 "
            + "order by next_attempt_at limit 1 for update skip locked";
    /** Notified by the trigger of migration V4 when a PENDING notification commits. */
    private static final String DUE_CHANNEL = "ogi_notification_due";

    private static final String CLAIM_ONE =
            "select * from notification where id = $1 and status = 'PENDING' for update skip locked";

    private final Pool pool;
    private final Notifications notifications;
    private final Map<NotificationChannel, ChannelSender> senders = new EnumMap<>(NotificationChannel.class);
    private final NoticeTexts texts;
    private final NoticeDocuments documents;
    private final Outbox outbox;
    private final Clock clock;
    private final NotificationConfig config;
    private final RetryPolicy retry;

    private final DatabaseWakeUps databaseWakeUps;

    private volatile boolean running;
    private DatabaseWakeUps.Signal due;
    private final List<Thread> workers = new ArrayList<>();

    DeliveryRelay(
            Pool pool,
            Notifications notifications,
            Instance<ChannelSender> senders,
            NoticeTexts texts,
            NoticeDocuments documents,
            Outbox outbox,
            Clock clock,
            NotificationConfig config,
            DatabaseWakeUps databaseWakeUps) {
        this.pool = pool;
        this.notifications = notifications;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.texts = texts;
        this.documents = documents;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.databaseWakeUps = databaseWakeUps;
        this.retry = new RetryPolicy(
                config.delivery().maxAttempts(),
                config.delivery().initialBackoff(),
                config.delivery().maxBackoff());
    }

    void start(@Observes StartupEvent event) {
        if (!config.delivery().enabled()) {
            return;
        }
        running = true;
        due = databaseWakeUps.listen(DUE_CHANNEL, config.delivery().pollInterval());
        // Each worker claims its own row (skip locked), so they send side by side as two instances' relays do: a
        // notice waits for its own SMTP or SMS round trip, not for those of every notice before it.
        for (int i = 1; i <= config.delivery().workers(); i++) {
            Thread worker = new Thread(this::run, "notification-delivery-" + i);
            worker.setDaemon(true);
            worker.start();
            workers.add(worker);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (due != null) {
            due.close();
        }
    }

    private void run() {
        while (running) {
            try {
                if (workOne()) {
                    // There may be more: another worker joins in while this one goes on.
                    due.wake();
                } else {
                    // Woken by a new notification's commit (V4's trigger), or polling for retries that fall due.
                    due.await(config.delivery().pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("delivery relay failed (%s); trying again", e.getMessage());
                sleepQuietly(config.delivery().pollInterval());
            }
        }
    }

    /** Sends the first due notification; false when none is due (or all due are held by other relays). */
    public boolean workOne() {
        return work(CLAIM, Tuple.of(OffsetDateTime.now(clock)), () -> {});
    }

    /**
     * Sends notification {@code id} if it is pending, then runs {@code afterSend} before marking it: a test that
     * throws there stands for a crash between "sent" and "marked".
     */
    boolean workOn(UUID id, Runnable afterSend) {
        return work(CLAIM_ONE, Tuple.of(id), afterSend);
    }

    private boolean work(String claim, Tuple arguments, Runnable afterSend) {
        SqlConnection connection = pool.getConnection().await().atMost(DB_TIMEOUT);
        try {
            Transaction tx = connection.begin().await().atMost(DB_TIMEOUT);
            try {
                RowIterator<Row> rows = connection
                        .preparedQuery(claim)
                        .execute(arguments)
                        .await()
                        .atMost(DB_TIMEOUT)
                        .iterator();
                if (!rows.hasNext()) {
                    tx.rollback().await().atMost(DB_TIMEOUT);
                    return false;
                }
                NotificationEntity n = NotificationRows.notification(rows.next());
                // Only the applicant's notices move to their next channel; a staff mailbox has none.
                Contact contact = n.audience == NotificationKind.Audience.APPLICANT ? contact(connection, n) : null;
                SendResult result = send(n);
                afterSend.run();
                int attempts = n.attempts + 1;
                DeliveryDecision decision = DeliveryDecision.after(result, attempts, retry, n.channel, contact);
                apply(connection, n, attempts, decision, contact);
                tx.commit().await().atMost(DB_TIMEOUT);
                return true;
            } catch (RuntimeException e) {
                tx.rollback().await().atMost(DB_TIMEOUT);
                throw e;
            }
        } finally {
            connection.close().await().atMost(DB_TIMEOUT);
        }
    }

    private SendResult send(NotificationEntity n) {
        ChannelSender sender = senders.get(n.channel);
        if (sender == null) {
            return new SendResult.Failed("no sender for " + n.channel, true);
        }
        boolean applicant = n.audience == NotificationKind.Audience.APPLICANT;
        OutgoingMessage message = new OutgoingMessage(
                n.id,
                n.messageId,
                n.trackingNumber,
                n.kind,
                n.recipient,
                n.subject,
                n.body,
                n.channel == NotificationChannel.EMAIL ? texts.html(n.subject, n.body, n.trackingNumber) : null,
                n.smsText,
                applicant && n.channel == NotificationChannel.EMAIL ? documents.attachment(n) : null,
                documents.fileName(n));
        try {
            return sender.send(message);
        } catch (RuntimeException e) {
            // A sender that throws did not deliver as far as we know: retried like any transient failure.
            return new SendResult.Failed(e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    private void apply(
            SqlConnection connection, NotificationEntity n, int attempts, DeliveryDecision decision, Contact contact) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (decision instanceof DeliveryDecision.MarkSent sent) {
            update(
                    connection,
                    "update notification set status = 'SENT', provider_id = $2, sent_at = $3, attempts = $4, "
                            + "failure_reason = null, next_attempt_at = null where id = $1",
                    Tuple.of(n.id, sent.providerId(), now, attempts));
            emit(
                    connection,
                    n,
                    Events.NOTIFICATION_SENT,
                    new NotificationEvents.Sent(
                            n.trackingNumber,
                            n.agency,
                            n.id.toString(),
                            n.kind.name(),
                            n.channel.name(),
                            sent.providerId(),
                            now));
            if (n.audience == NotificationKind.Audience.APPLICANT && n.channel != NotificationChannel.POST) {
                // E-mail: the day it was sent; SMS: the day the provider accepted it (README, UNCONFIRMED).
                emit(
                        connection,
                        n,
                        Events.NOTIFICATION_SERVED,
                        new NotificationEvents.Served(
                                n.trackingNumber,
                                n.agency,
                                n.id.toString(),
                                n.kind.name(),
                                n.channel.name(),
                                now.atZoneSameInstant(clock.getZone()).toLocalDate(),
                                proof(n, sent.providerId(), now)));
            }
        } else if (decision instanceof DeliveryDecision.RetryAfter later) {
            update(
                    connection,
                    "update notification set attempts = $2, failure_reason = $3, next_attempt_at = $4 where id = $1",
                    Tuple.of(n.id, attempts, later.reason(), now.plus(later.delay())));
        } else if (decision instanceof DeliveryDecision.GiveUp giveUp) {
            update(
                    connection,
                    "update notification set status = 'FAILED', attempts = $2, failure_reason = $3, "
                            + "next_attempt_at = null where id = $1",
                    Tuple.of(n.id, attempts, giveUp.reason()));
            emit(
                    connection,
                    n,
                    Events.NOTIFICATION_FAILED,
                    new NotificationEvents.Failed(
                            n.trackingNumber,
                            n.agency,
                            n.id.toString(),
                            n.kind.name(),
                            n.channel.name(),
                            giveUp.reason(),
                            giveUp.next().map(Enum::name).orElse(null)));
            if (giveUp.next().isPresent()) {
                NotificationChannel next = giveUp.next().get();
                insert(connection, switched(n, next, contact.address(next).orElseThrow(), now));
            } else {
                for (NotificationEntity task : staffTasks(n, giveUp.reason(), now)) {
                    insert(connection, task);
                }
            }
        }
    }

    private static String proof(NotificationEntity n, String providerId, OffsetDateTime now) {
        return switch (n.channel) {
            case EMAIL -> "电子邮件发送至" + n.recipient + "，Message-ID " + providerId + "，" + now;
            case SMS -> "短信发送至" + n.recipient + "，短信服务商编号" + providerId + "，" + now;
            default -> providerId;
        };
    }

    private NotificationEntity switched(
            NotificationEntity failed, NotificationChannel next, String address, OffsetDateTime now) {
        NotificationEntity n = notifications.copy(failed, now);
        n.channel = next;
        n.recipient = address;
        n.replaces = failed.id;
        return n;
    }

    /** No channel left: the head of the OGI office (and the officer) must serve the notice another way. */
    private List<NotificationEntity> staffTasks(NotificationEntity failed, String reason, OffsetDateTime now) {
        if (failed.audience == NotificationKind.Audience.STAFF) {
            return List.of();
        }
        NoticeTexts.Text text = texts.render(
                Notices.deliveryFailed(failed.trackingNumber, failed.agency, failed.kind, reason), null, null);
        List<NotificationEntity> tasks = new ArrayList<>();
        for (Recipient recipient : List.of(Recipient.role(Roles.OGI_OFFICE_HEAD))) {
            NotificationEntity task = notifications.copy(failed, now);
            task.eventId = "delivery-failed:" + failed.id;
            task.kind = NotificationKind.DELIVERY_FAILED;
            task.audience = NotificationKind.Audience.STAFF;
            task.channel = NotificationChannel.PORTAL;
            task.recipientKey = recipient.key();
            task.recipientUser = recipient.userId();
            task.recipientRole = recipient.role();
            task.recipient = recipient.key();
            task.subject = text.subject();
            task.body = text.body();
            task.smsText = null;
            task.letterText = null;
            task.status = DeliveryState.SENT;
            task.providerId = "portal";
            task.sentAt = now;
            task.nextAttemptAt = null;
            tasks.add(task);
        }
        return tasks;
    }

    private Contact contact(SqlConnection connection, NotificationEntity n) {
        RowIterator<Row> rows = connection
                .preparedQuery("select * from case_contact where tracking_number = $1")
                .execute(Tuple.of(n.trackingNumber))
                .await()
                .atMost(DB_TIMEOUT)
                .iterator();
        return rows.hasNext() ? NotificationRows.contact(rows.next()) : null;
    }

    private <T> void emit(SqlConnection connection, NotificationEntity n, EventType<T> type, T payload) {
        outbox.append(connection, type, n.trackingNumber, payload).await().atMost(DB_TIMEOUT);
    }

    private static void update(SqlConnection connection, String sql, Tuple arguments) {
        connection.preparedQuery(sql).execute(arguments).await().atMost(DB_TIMEOUT);
    }

    private static void insert(SqlConnection connection, NotificationEntity n) {
        connection
                .preparedQuery(NotificationRows.INSERT)
                .execute(NotificationRows.values(n))
                .await()
                .atMost(DB_TIMEOUT);
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
