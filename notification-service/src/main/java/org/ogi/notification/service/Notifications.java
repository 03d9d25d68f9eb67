package org.ogi.notification.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.NotificationRecorded;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.notification.domain.Acknowledgement;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;
import org.ogi.notification.persistence.NotificationEntity;
import org.ogi.platform.outbox.Outbox;

/** Records notifications to send (inside the consuming transaction) and lists a case's. */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);
    static final String PENDING = "PENDING";

    private final Outbox outbox;
    private final Clock clock;

    Notifications(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> acknowledge(RequestReceived request) {
        NotificationChannel channel = NotificationChannel.preferredFor(request.applicant());
        Acknowledgement text = Acknowledgement.of(request);
        NotificationEntity notification = new NotificationEntity();
        notification.id = UUID.randomUUID();
        notification.trackingNumber = request.trackingNumber();
        notification.agency = request.agency();
        notification.kind = NotificationKind.ACKNOWLEDGEMENT;
        notification.channel = channel;
        notification.recipient = channel.recipient(request.applicant());
        notification.subject = text.subject();
        notification.body = text.body();
        notification.status = PENDING;
        notification.createdAt = OffsetDateTime.now(clock);
        return notification
                .persist()
                .chain(() -> outbox.append(
                        Events.NOTIFICATION_RECORDED,
                        notification.trackingNumber,
                        new NotificationRecorded(
                                notification.trackingNumber,
                                notification.agency,
                                notification.id.toString(),
                                notification.kind.name(),
                                notification.channel.name(),
                                notification.recipient)))
                .invoke(() -> LOG.infof("acknowledgement recorded for %s", channel))
                .replaceWithVoid();
    }

    /** The notifications of one case of the agency, oldest first. */
    @WithSession
    public Uni<List<NotificationEntity>> ofCase(String trackingNumber, String agency) {
        return NotificationEntity.list(
                "trackingNumber = ?1 and agency = ?2 order by createdAt", trackingNumber, agency);
    }
}
