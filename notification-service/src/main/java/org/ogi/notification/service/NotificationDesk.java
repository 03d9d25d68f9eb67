package org.ogi.notification.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.ogi.contracts.v1.Events;
import org.ogi.notification.domain.DeliveryState;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.persistence.CaseContactEntity;
import org.ogi.notification.persistence.NotificationEntity;
import org.ogi.platform.outbox.Outbox;
import org.ogi.platform.problem.ProblemException;

/** What people do with notifications: read their inbox, choose a channel, resend, record a postal receipt. */
@ApplicationScoped
public class NotificationDesk {

    private final Outbox outbox;
    private final Notifications notifications;
    private final Clock clock;

    NotificationDesk(Outbox outbox, Notifications notifications, Clock clock) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** The caller's inbox: their own notifications and, for staff, those to a role they hold in their agency. */
    @WithSession
    public Uni<List<NotificationEntity>> inbox(String userId, Set<String> roles, String agency) {
        if (agency == null) {
            return NotificationEntity.list(
                    "channel = ?1 and recipientUser = ?2 order by createdAt desc", NotificationChannel.PORTAL, userId);
        }
        return NotificationEntity.list(
                "channel = ?1 and (recipientUser = ?2 or (agency = ?3 and recipientRole in ?4)) order by createdAt desc",
                NotificationChannel.PORTAL,
                userId,
                agency,
                roles.isEmpty() ? Set.of("-") : roles);
    }

    @WithTransaction
    public Uni<NotificationEntity> markRead(UUID id, String userId, Set<String> roles, String agency) {
        return NotificationEntity.<NotificationEntity>findById(id).map(n -> {
            boolean mine = n != null
                    && n.channel == NotificationChannel.PORTAL
                    && (userId.equals(n.recipientUser)
                            || (agency != null && agency.equals(n.agency) && roles.contains(n.recipientRole)));
            if (!mine) {
                throw ProblemException.notFound("notification " + id + " not found");
            }
            if (n.readAt == null) {
                n.readAt = OffsetDateTime.now(clock);
            }
            return n;
        });
    }

    /** The applicant chooses how later notices reach them for one of their own requests. */
    @WithTransaction
    public Uni<CaseContactEntity> prefer(String trackingNumber, String userId, String channelName) {
        return CaseContactEntity.forUpdate(trackingNumber).map(c -> {
            if (c == null || c.userId == null || !c.userId.equals(userId)) {
                throw ProblemException.notFound("request " + trackingNumber + " not found");
            }
            NotificationChannel channel = Arrays.stream(NotificationChannel.values())
                    .filter(known -> known.name().equals(channelName))
                    .findFirst()
                    .orElseThrow(() -> ProblemException.invalid("channel", "is one of EMAIL, SMS, POST, PORTAL"));
            if (channel != NotificationChannel.PORTAL
                    && c.contact().address(channel).isEmpty()) {
                throw ProblemException.invalid("channel", "no " + channel + " contact is on record for this request");
            }
            c.preferredChannel = channel;
            return c;
        });
    }

    /** Staff send a notification again, on its channel or another the applicant's contact allows. */
    @WithTransaction
    public Uni<NotificationEntity> resend(UUID id, String agency, NotificationChannel channel) {
        return staffOwned(id, agency).chain(n -> {
            if (n.channel == NotificationChannel.PORTAL) {
                throw ProblemException.conflict(
                        "an inbox notification is not sent; allowed: resend EMAIL, SMS or POST");
            }
            if (n.status == DeliveryState.PENDING) {
                throw ProblemException.conflict("notification " + id + " is still being sent; allowed: wait");
            }
            NotificationChannel target = channel != null ? channel : n.channel;
            return CaseContactEntity.<CaseContactEntity>findById(n.trackingNumber)
                    .chain(c -> {
                        String address =
                                c == null ? null : c.contact().address(target).orElse(null);
                        if (address == null) {
                            throw ProblemException.invalid(
                                    "channel", "no " + target + " contact is on record for this case");
                        }
                        NotificationEntity again = notifications.copy(n, OffsetDateTime.now(clock));
                        again.eventId = "resend:" + again.id;
                        again.channel = target;
                        again.recipient = address;
                        again.replaces = n.id;
                        notifications.reword(again);
                        return again.<NotificationEntity>persist();
                    });
        });
    }

    /** The registered letter's tracking number and signed-for date: the proof of service of a posted notice. */
    @WithTransaction
    public Uni<NotificationEntity> postalReceipt(UUID id, String agency, String postalTracking, LocalDate signedForOn) {
        return staffOwned(id, agency).chain(n -> {
            if (n.channel != NotificationChannel.POST || n.status != DeliveryState.SENT) {
                throw ProblemException.conflict(
                        "only a posted letter (channel POST, status SENT) is signed for; this is " + n.channel + " "
                                + n.status);
            }
            if (signedForOn.isAfter(LocalDate.now(clock))) {
                throw ProblemException.invalid("signedForOn", "must not be in the future");
            }
            if (n.sentAt != null
                    && signedForOn.isBefore(
                            n.sentAt.atZoneSameInstant(clock.getZone()).toLocalDate())) {
                throw ProblemException.invalid("signedForOn", "must not be before the letter was posted");
            }
            if (n.signedForOn != null) {
                if (n.signedForOn.equals(signedForOn) && postalTracking.equals(n.postalTracking)) {
                    return Uni.createFrom().item(n);
                }
                throw ProblemException.conflict("the receipt of this letter is already recorded");
            }
            n.postalTracking = postalTracking;
            n.signedForOn = signedForOn;
            return outbox.append(
                            Events.NOTIFICATION_SERVED,
                            n.trackingNumber,
                            DeliveryOutcomes.servedEvent(
                                    n, signedForOn, "挂号信" + postalTracking + "，" + signedForOn + "签收"))
                    .replaceWith(n);
        });
    }

    /** The letters of one day for the mail room, oldest first. */
    @WithSession
    public Uni<List<NotificationEntity>> mailRoom(String agency, LocalDate day) {
        OffsetDateTime from = day.atStartOfDay(clock.getZone()).toOffsetDateTime();
        return NotificationEntity.list(
                "agency = ?1 and channel = ?2 and status = ?3 and sentAt >= ?4 and sentAt < ?5 order by sentAt",
                agency,
                NotificationChannel.POST,
                DeliveryState.SENT,
                from,
                from.plusDays(1));
    }

    @WithSession
    public Uni<NotificationEntity> staffOwned(UUID id, String agency) {
        return NotificationEntity.<NotificationEntity>findById(id).map(n -> {
            if (n == null || !n.agency.equals(agency)) {
                throw ProblemException.notFound("notification " + id + " not found");
            }
            return n;
        });
    }
}
