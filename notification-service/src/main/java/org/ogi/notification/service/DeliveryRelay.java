package org.ogi.notification.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.sqlclient.SqlConnection;
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
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.ogi.notification.config.NotificationConfig;
import org.ogi.notification.domain.Contact;
import org.ogi.notification.domain.DeliveryDecision;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;
import org.ogi.notification.domain.RetryPolicy;
import org.ogi.notification.domain.SendResult;
import org.ogi.notification.persistence.NotificationEntity;
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
    private static final String CLAIM = "select * from notification where status = 'PENDING' and next_attempt_at <= $1 "
            + "order by next_attempt_at limit 1 for update skip locked";
    private static final String CLAIM_ONE =
            "select * from notification where id = $1 and status = 'PENDING' for update skip locked";
    /** Notified by the trigger of migration V4 when a PENDING notification commits. */
    private static final String DUE_CHANNEL = "ogi_notification_due";

    private final Map<NotificationChannel, ChannelSender> senders = new EnumMap<>(NotificationChannel.class);
    private final NoticeTexts texts;
    private final NoticeDocuments documents;
    private final DeliveryOutcomes outcomes;
    private final Clock clock;
    private final NotificationConfig config;
    private final RetryPolicy retry;
    private final DatabaseWakeUps databaseWakeUps;

    private volatile boolean running;
    private DatabaseWakeUps.Signal due;
    private final List<Thread> workers = new ArrayList<>();

    DeliveryRelay(
            Instance<ChannelSender> senders,
            NoticeTexts texts,
            NoticeDocuments documents,
            DeliveryOutcomes outcomes,
            Clock clock,
            NotificationConfig config,
            DatabaseWakeUps databaseWakeUps) {
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.texts = texts;
        this.documents = documents;
        this.outcomes = outcomes;
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
        return outcomes.inTransaction(connection -> {
            Optional<NotificationEntity> claimed = DeliveryOutcomes.one(connection, claim, arguments);
            if (claimed.isEmpty()) {
                return false;
            }
            NotificationEntity n = claimed.get();
            // Only the applicant's notices move to their next channel; a staff mailbox has none.
            Contact contact = outcomes.contact(connection, n);
            SendResult result = send(n);
            afterSend.run();
            int attempts = n.attempts + 1;
            DeliveryDecision decision = DeliveryDecision.after(result, attempts, retry, n.channel, contact);
            apply(connection, n, attempts, decision, contact);
            return true;
        });
    }

    private SendResult send(NotificationEntity n) {
        ChannelSender sender = senders.get(n.channel);
        if (sender == null) {
            return new SendResult.Failed("no sender for " + n.channel, true);
        }
        boolean applicant = n.audience == NotificationKind.Audience.APPLICANT;
        try {
            // Worded now, for the channel it goes on: a notice moved from e-mail to SMS is sent as a text message.
            NoticeTexts.Rendered text = texts.render(n);
            OutgoingMessage message = new OutgoingMessage(
                    n.id,
                    n.messageId,
                    n.trackingNumber,
                    n.kind,
                    n.recipient,
                    text.subject(),
                    text.text(),
                    text.html(),
                    applicant && n.channel == NotificationChannel.EMAIL ? documents.attachment(n) : null,
                    documents.fileName(n));
            return sender.send(message);
        } catch (NoticeTexts.NoTemplate e) {
            return new SendResult.Failed(e.getMessage(), true);
        } catch (RuntimeException e) {
            // A sender that throws did not deliver as far as we know: retried like any transient failure.
            return new SendResult.Failed(e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    private void apply(
            SqlConnection connection, NotificationEntity n, int attempts, DeliveryDecision decision, Contact contact) {
        if (decision instanceof DeliveryDecision.MarkSent sent) {
            outcomes.sent(connection, n, sent.providerId(), attempts);
        } else if (decision instanceof DeliveryDecision.RetryAfter later) {
            outcomes.retryLater(connection, n, attempts, later.reason(), later.delay());
        } else if (decision instanceof DeliveryDecision.GiveUp giveUp) {
            outcomes.failed(connection, n, attempts, giveUp.reason(), giveUp.next(), contact);
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
