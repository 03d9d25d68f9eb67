package org.ogi.platform.messaging;

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
                event, Events.CASE_OPENED, (e, opened) -> AppliedNotes.record(e.subject(), opened.trackingNumber()));
    }
}
