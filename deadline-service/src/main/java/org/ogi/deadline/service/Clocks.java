package org.ogi.deadline.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.deadline.domain.ClockKind;
import org.ogi.deadline.domain.ReplyDeadline;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.persistence.DeadlineClockEntity;
import org.ogi.platform.outbox.Outbox;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Starts and derives the clocks of a case from its clock events; runs inside the consuming transaction. */
@ApplicationScoped
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    private final WorkingDayCalendar calendar;
    private final Outbox outbox;
    private final Clock clock;

    Clocks(WorkingDayCalendar calendar, Outbox outbox, Clock clock) {
        this.calendar = calendar;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Uni<Void> startReplyClock(CloudEvent source, RequestReceived request) {
        ReplyDeadline deadline = ReplyDeadline.from(calendar, request.receivedDate());
        DeadlineClockEntity reply = new DeadlineClockEntity();
        reply.trackingNumber = request.trackingNumber();
        reply.clock = ClockKind.REPLY.name();
        reply.agency = request.agency();
        reply.startDate = deadline.startDate();
        reply.workingDays = deadline.workingDays();
        reply.dueDate = deadline.dueDate();
        reply.provisional = deadline.provisional();
        reply.regime = deadline.regime().name();
        return appendClockEvent(source, request, "RECEIVED")
                .chain(() -> reply.persist())
                .chain(() -> outbox.append(Events.DEADLINE_SCHEDULED, reply.trackingNumber,
                        new DeadlineScheduled(reply.trackingNumber, reply.agency, reply.clock, reply.startDate,
                                reply.workingDays, reply.dueDate, reply.provisional, reply.regime)))
                .invoke(() -> LOG.infof("reply due %s (%s)", reply.dueDate, reply.regime))
                .replaceWithVoid();
    }

    private Uni<Integer> appendClockEvent(CloudEvent source, RequestReceived request, String kind) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        insert into clock_event (tracking_number, agency, kind, occurred_on, recorded_at, source_event_id)
                        values (:trackingNumber, :agency, :kind, :occurredOn, :recordedAt, :sourceEventId)""")
                .setParameter("trackingNumber", request.trackingNumber())
                .setParameter("agency", request.agency())
                .setParameter("kind", kind)
                .setParameter("occurredOn", request.receivedDate())
                .setParameter("recordedAt", OffsetDateTime.now(clock))
                .setParameter("sourceEventId", source.id())
                .executeUpdate());
    }
}
