package org.ogi.notification.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.ogi.contracts.Roles;
import org.ogi.notification.config.NotificationConfig;
import org.ogi.notification.domain.Notices;
import org.ogi.notification.domain.Recipient;
import org.ogi.notification.persistence.CaseContactEntity;
import org.ogi.notification.persistence.NotificationEntity;

/**
 * Reminds staff of a case that has waited in their work queue longer than {@code ogi.notification.queue-waiting-after}:
 * once per stay in a queue (the reminder is keyed by the event that put the case there).
 */
@ApplicationScoped
public class QueueReminders {

    private static final Logger LOG = Logger.getLogger(QueueReminders.class);
    /** The queues and who works them; the others' staff are the case's officer, else the head of the office. */
    private static final Map<String, String> QUEUES = Map.of(
            "RECEIVED", "待受理",
            "SECRECY_REVIEW", "保密审查",
            "APPROVAL", "审批",
            "APPROVED", "待答复",
            "REPLIED", "待送达");

    private final Notifications notifications;
    private final NotificationConfig config;
    private final Clock clock;

    QueueReminders(Notifications notifications, NotificationConfig config, Clock clock) {
        this.notifications = notifications;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(
            every = "${ogi.notification.queue-check-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return remind().replaceWithVoid().onFailure().recoverWithUni(e -> {
            LOG.warnf("queue reminders failed (%s); next run tries again", e.getMessage());
            return Uni.createFrom().voidItem();
        });
    }

    /** Records the reminders due now; returns how many. */
    public Uni<Integer> remind() {
        OffsetDateTime before = OffsetDateTime.now(clock).minus(config.queueWaitingAfter());
        return waiting(before).chain(cases -> {
            Uni<Integer> count = Uni.createFrom().item(0);
            for (CaseContactEntity c : cases) {
                count = count.chain(
                        n -> Panache.withTransaction(() -> remind(c)).map(added -> n + added));
            }
            return count;
        });
    }

    @WithSession
    Uni<List<CaseContactEntity>> waiting(OffsetDateTime before) {
        return CaseContactEntity.list(
                "state in ?1 and stateSince < ?2 and stateEventId is not null", QUEUES.keySet(), before);
    }

    private Uni<Integer> remind(CaseContactEntity c) {
        String eventId = "queue:" + c.stateEventId;
        return NotificationEntity.count("eventId", eventId).chain(existing -> {
            if (existing > 0) {
                return Uni.createFrom().item(0);
            }
            long days =
                    Duration.between(c.stateSince, OffsetDateTime.now(clock)).toDays();
            List<Recipient> staff = switch (c.state) {
                case "SECRECY_REVIEW" -> List.of(Recipient.role(Roles.SECRECY_REVIEWER));
                case "APPROVAL" -> List.of(Recipient.role(Roles.REVIEWER));
                default -> Notifications.caseStaff(c);
            };
            return notifications
                    .toStaff(
                            eventId,
                            Notices.queueWaiting(
                                    c.trackingNumber,
                                    c.agency,
                                    QUEUES.get(c.state),
                                    c.stateSince
                                            .atZoneSameInstant(clock.getZone())
                                            .toLocalDate(),
                                    (int) days),
                            staff)
                    .replaceWith(1);
        });
    }
}
