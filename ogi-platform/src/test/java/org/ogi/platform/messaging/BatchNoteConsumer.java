package org.ogi.platform.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.messaging.IdempotentConsumer.Handler;

/**
 * Test consumer of whole polls: the same counting change as {@link NoteEventConsumer}; an event whose tracking number
 * starts with POISON fails every time it is applied.
 */
@ApplicationScoped
public class BatchNoteConsumer {

    static final String POISON = "POISON";

    private final IdempotentConsumer idempotent;
    private final List<Handler<?>> handlers;

    BatchNoteConsumer(IdempotentConsumer idempotent) {
        this.idempotent = idempotent;
        this.handlers = List.of(Handler.on(Events.CASE_OPENED, (e, opened) -> {
            if (opened.trackingNumber().startsWith(POISON)) {
                return Uni.createFrom().failure(new IllegalStateException("poison " + opened.trackingNumber()));
            }
            return AppliedNotes.record(e.subject(), opened.trackingNumber());
        }));
    }

    @Incoming(Topics.REQUESTS)
    public Uni<Void> onCaseOpened(KafkaRecordBatch<String, String> batch) {
        return idempotent.consume(batch, handlers);
    }
}
