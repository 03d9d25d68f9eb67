package org.ogi.platform.messaging;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.Events;

/** Test consumer whose change is counting: applying an event twice would show as 2. */
@ApplicationScoped
public class NoteEventConsumer {

    private final IdempotentConsumer idempotent;

    NoteEventConsumer(IdempotentConsumer idempotent) {
        this.idempotent = idempotent;
    }

    @Incoming(Topics.CASES)
    public Uni<Void> onCaseOpened(String event) {
        return idempotent.consume(
                event,
                Events.CASE_OPENED,
                (e, opened) -> Panache.getSession()
                        .chain(s -> s.createNativeQuery(
                                        "insert into applied_note_event (subject, applied) values (:subject, 1) "
                                                + "on conflict (subject) do update set applied = applied_note_event.applied + 1")
                                .setParameter("subject", opened.trackingNumber())
                                .executeUpdate()
                                .chain(() -> s.createNativeQuery(
                                                "insert into applied_note_order (key, subject) values (:key, :subject)")
                                        .setParameter("key", e.subject())
                                        .setParameter("subject", opened.trackingNumber())
                                        .executeUpdate()))
                        .replaceWithVoid());
    }
}
