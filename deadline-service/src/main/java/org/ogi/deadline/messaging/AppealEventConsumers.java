package org.ogi.deadline.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.deadline.service.AppealClockUpdates;
import org.ogi.platform.messaging.IdempotentConsumer;
import org.ogi.platform.messaging.IdempotentConsumer.Handler;

/** Turns appeal events into the appeal clocks, each event applied once. */
@ApplicationScoped
public class AppealEventConsumers {

    private final IdempotentConsumer consumer;
    private final List<Handler<?>> handlers;
    private final AppealClockUpdates updates;

    AppealEventConsumers(IdempotentConsumer consumer, AppealClockUpdates updates) {
        this.consumer = consumer;
        this.updates = updates;
        this.handlers = List.of(
                Handler.on(AppealEvents.FILED, updates::filed),
                Handler.on(AppealEvents.ANSWER_SUBMITTED, (e, submitted) -> updates.answerSubmitted(submitted)),
                Handler.on(AppealEvents.DECISION_PERIOD_EXTENDED, updates::decisionPeriodExtended),
                Handler.on(AppealEvents.DECIDED, updates::decided),
                Handler.on(AppealEvents.WITHDRAWN, (e, withdrawn) -> updates.withdrawn(withdrawn)));
    }

    @Incoming(Topics.APPEALS)
    public Uni<Void> onAppealEvent(String event) {
        return consumer.consume(event, handlers);
    }
}
