package org.ogi.notification.service;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.ogi.contracts.EventType;
import org.ogi.contracts.Roles;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.NotificationEvents;
import org.ogi.notification.domain.Contact;
import org.ogi.notification.domain.Notices;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;
import org.ogi.notification.domain.Recipient;
import org.ogi.notification.persistence.NotificationEntity;
import org.ogi.notification.persistence.NotificationRows;
import org.ogi.platform.outbox.Outbox;

/**
 * What a delivery outcome writes, in the caller's transaction on {@code connection} (the relay's after a send, the
 * SMS delivery report's): the row's new state and the events announcing it, through the outbox.
 */
@ApplicationScoped
public class DeliveryOutcomes {

    static final Duration DB_TIMEOUT = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(DeliveryOutcomes.class);

    private final Pool pool;
    private final Notifications notifications;
    private final Outbox outbox;
    private final Clock clock;

    DeliveryOutcomes(Pool pool, Notifications notifications, Outbox outbox, Clock clock) {
        this.pool = pool;
        this.notifications = notifications;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Runs {@code work} in one transaction of its own connection: committed if it returns, rolled back if it throws. */
    <T> T inTransaction(Function<SqlConnection, T> work) {
        SqlConnection connection = pool.getConnection().await().atMost(DB_TIMEOUT);
        try {
            Transaction tx = connection.begin().await().atMost(DB_TIMEOUT);
            try {
                T result = work.apply(connection);
                tx.commit().await().atMost(DB_TIMEOUT);
                return result;
            } catch (RuntimeException e) {
                tx.rollback().await().atMost(DB_TIMEOUT);
                throw e;
            }
        } finally {
            connection.close().await().atMost(DB_TIMEOUT);
        }
    }

    /** The first notification {@code select} finds (it locks it with {@code for update}). */
    static Optional<NotificationEntity> one(SqlConnection connection, String select, Tuple arguments) {
        RowIterator<Row> rows = connection
                .preparedQuery(select)
                .execute(arguments)
                .await()
                .atMost(DB_TIMEOUT)
                .iterator();
        return rows.hasNext() ? Optional.of(NotificationRows.notification(rows.next())) : Optional.empty();
    }

    /** The channel accepted it; an e-mail is thereby served (README), an SMS only once its delivery report says so. */
    void sent(SqlConnection connection, NotificationEntity n, String providerId, int attempts) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        update(
                connection,
                "update notification set status = 'SENT', provider_id = $2, sent_at = $3, attempts = $4, "
                        + "failure_reason = null, next_attempt_at = null where id = $1",
                Tuple.of(n.id, providerId, now, attempts));
        emit(
                connection,
                n,
                Events.NOTIFICATION_SENT,
                new NotificationEvents.Sent(
                        n.trackingNumber, n.agency, n.id.toString(), n.kind.name(), n.channel.name(), providerId, now));
        if (n.audience == NotificationKind.Audience.APPLICANT && n.channel == NotificationChannel.EMAIL) {
            served(connection, n, now, "电子邮件发送至" + n.recipient + "，Message-ID " + providerId + "，" + now);
        }
    }

    /**
     * The SMS reached the phone at {@code at}, as its delivery report says: the proof of service. Service follows the
     * CPL (ARL 2023 Art. 88, ALL Art. 101), where electronic service is the arrival in the recipient's system, not the
     * provider's acceptance (README, UNCONFIRMED).
     */
    void delivered(SqlConnection connection, NotificationEntity n, OffsetDateTime at) {
        update(connection, "update notification set delivered_at = $2 where id = $1", Tuple.of(n.id, at));
        if (n.audience == NotificationKind.Audience.APPLICANT) {
            served(connection, n, at, "短信送达至" + n.recipient + "，短信服务商编号" + n.providerId + "，送达报告时间" + at);
        }
    }

    void retryLater(SqlConnection connection, NotificationEntity n, int attempts, String reason, Duration delay) {
        LOG.infof(
                "notification %s on %s: attempt %d failed (%s); again in %s", n.id, n.channel, attempts, reason, delay);
        update(
                connection,
                "update notification set attempts = $2, failure_reason = $3, next_attempt_at = $4 where id = $1",
                Tuple.of(n.id, attempts, reason, OffsetDateTime.now(clock).plus(delay)));
    }

    /**
     * The channel failed for good: FAILED with the reason, and the notice queued on {@code next}, worded for it;
     * with none left, the head of the OGI office gets a task to serve an applicant's notice another way.
     */
    void failed(
            SqlConnection connection,
            NotificationEntity n,
            int attempts,
            String reason,
            Optional<NotificationChannel> next,
            Contact contact) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        update(
                connection,
                "update notification set status = 'FAILED', attempts = $2, failure_reason = $3, "
                        + "next_attempt_at = null where id = $1",
                Tuple.of(n.id, attempts, reason));
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
                        reason,
                        next.map(Enum::name).orElse(null)));
        if (next.isPresent()) {
            NotificationEntity again = notifications.copy(n, now);
            again.channel = next.get();
            again.recipient = contact.address(next.get()).orElseThrow();
            again.replaces = n.id;
            notifications.reword(again);
            insert(connection, again);
        } else if (n.audience == NotificationKind.Audience.APPLICANT) {
            Notifications.Addressed task = new Notifications.Addressed(
                    Notices.deliveryFailed(n.trackingNumber, n.agency, n.kind, reason), null, null);
            Recipient head = Recipient.role(Roles.OGI_OFFICE_HEAD);
            insert(connection, notifications.inbox("delivery-failed:" + n.id, task, head, head.key()));
        }
    }

    /** How the applicant of {@code n}'s case is reached; null for staff notices, which have no next channel. */
    Contact contact(SqlConnection connection, NotificationEntity n) {
        if (n.audience != NotificationKind.Audience.APPLICANT) {
            return null;
        }
        RowIterator<Row> rows = connection
                .preparedQuery("select * from case_contact where tracking_number = $1")
                .execute(Tuple.of(n.trackingNumber))
                .await()
                .atMost(DB_TIMEOUT)
                .iterator();
        return rows.hasNext() ? NotificationRows.contact(rows.next()) : null;
    }

    private void served(SqlConnection connection, NotificationEntity n, OffsetDateTime at, String proof) {
        emit(
                connection,
                n,
                Events.NOTIFICATION_SERVED,
                servedEvent(n, at.atZoneSameInstant(clock.getZone()).toLocalDate(), proof));
    }

    /** The proof of service of {@code n}, served on {@code servedOn}. */
    static NotificationEvents.Served servedEvent(NotificationEntity n, LocalDate servedOn, String proof) {
        return new NotificationEvents.Served(
                n.trackingNumber, n.agency, n.id.toString(), n.kind.name(), n.channel.name(), servedOn, proof);
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
}
