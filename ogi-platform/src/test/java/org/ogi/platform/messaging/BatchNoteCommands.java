package org.ogi.platform.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.messaging.IdempotentConsumer.Command;

/**
 * Test consumer of whole polls as commands: {@link BatchNoteConsumer}'s change, applied to all of a poll's commands by
 * one call; an event whose tracking number starts with SKIP becomes no command.
 */
@ApplicationScoped
public class BatchNoteCommands {

    static final String SKIP = "SKIP";
    /** The most commands one call was given. */
    static final AtomicInteger MOST_AT_ONCE = new AtomicInteger();

    private record Note(String key, String subject) {}

    private final IdempotentConsumer idempotent;
    private final List<Command<?, Note>> commands = List.of(Command.on(
            Events.CASE_OPENED,
            (e, opened) ->
                    opened.trackingNumber().startsWith(SKIP) ? null : new Note(e.subject(), opened.trackingNumber())));

    BatchNoteCommands(IdempotentConsumer idempotent) {
        this.idempotent = idempotent;
    }

    @Incoming(Topics.APPEALS)
    public Uni<Void> onCaseOpened(KafkaRecordBatch<String, String> batch) {
        return idempotent.consume(batch, commands, this::applyAll);
    }

    private Uni<Void> applyAll(List<Note> notes) {
        MOST_AT_ONCE.accumulateAndGet(notes.size(), Math::max);
        Uni<Void> applied = Uni.createFrom().voidItem();
        for (Note note : notes) {
            if (note.subject().startsWith(BatchNoteConsumer.POISON)) {
                return Uni.createFrom().failure(new IllegalStateException("poison " + note.subject()));
            }
            applied = applied.chain(() -> AppliedNotes.record(note.key(), note.subject()));
        }
        return applied;
    }
}
