package org.ogi.deadline.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.EventCodec;

/** The append-only list of the events an appeal's clocks follow from ({@code appeal_clock_event}), as received. */
@ApplicationScoped
public class AppealClockLog {

    public Uni<Void> append(String appealNumber, String agency, CloudEvent event, OffsetDateTime recordedAt) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into appeal_clock_event (appeal_number, agency, event_type, event, recorded_at,
                                                        source_event_id)
                        values (:appealNumber, :agency, :type, :event, :recordedAt, :sourceEventId)""")
                        .setParameter("appealNumber", appealNumber)
                        .setParameter("agency", agency)
                        .setParameter("type", event.type())
                        .setParameter("event", EventCodec.toJson(event))
                        .setParameter("recordedAt", recordedAt)
                        .setParameter("sourceEventId", event.id())
                        .executeUpdate())
                .replaceWithVoid();
    }

    /** The appeal's logged events in the order received; empty for an appeal filed before the log existed. */
    public Uni<List<CloudEvent>> load(String appealNumber) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                                "select event from appeal_clock_event where appeal_number = :appealNumber order by id",
                                String.class)
                        .setParameter("appealNumber", appealNumber)
                        .getResultList())
                .map(rows -> rows.stream().map(EventCodec::fromJson).toList());
    }
}
