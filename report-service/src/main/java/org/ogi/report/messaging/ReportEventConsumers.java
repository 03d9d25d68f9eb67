package org.ogi.report.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.messaging.IdempotentConsumer;
import org.ogi.platform.messaging.IdempotentConsumer.Handler;
import org.ogi.report.service.FactUpdates;

/** What the annual report learns from the requests, cases and appeals, each event applied once. */
@ApplicationScoped
public class ReportEventConsumers {

    private final IdempotentConsumer consumer;
    private final List<Handler<?>> requestHandlers;
    private final List<Handler<?>> caseHandlers;
    private final List<Handler<?>> appealHandlers;

    ReportEventConsumers(IdempotentConsumer consumer, FactUpdates facts) {
        this.consumer = consumer;
        this.requestHandlers = List.of(Handler.on(Events.REQUEST_RECEIVED, (e, received) -> facts.received(received)));
        this.caseHandlers = List.of(
                Handler.on(Events.CASE_OPENED, (e, opened) -> facts.opened(opened)),
                Handler.on(Events.CASE_REPLIED, (e, replied) -> facts.replied(replied)),
                Handler.on(Events.CASE_ABANDONED, (e, abandoned) -> facts.abandoned(abandoned)),
                Handler.on(Events.CASE_WITHDRAWN, (e, withdrawn) -> facts.withdrawn(withdrawn)));
        this.appealHandlers = List.of(
                Handler.on(AppealEvents.FILED, (e, filed) -> facts.appealFiled(filed)),
                Handler.on(AppealEvents.DECIDED, (e, decided) -> facts.appealDecided(decided)),
                Handler.on(AppealEvents.WITHDRAWN, (e, withdrawn) -> facts.appealWithdrawn(withdrawn)));
    }

    @Incoming(Topics.REQUESTS)
    public Uni<Void> onRequestEvent(String event) {
        return consumer.consume(event, requestHandlers);
    }

    @Incoming(Topics.CASES)
    public Uni<Void> onCaseEvent(String event) {
        return consumer.consume(event, caseHandlers);
    }

    @Incoming(Topics.APPEALS)
    public Uni<Void> onAppealEvent(String event) {
        return consumer.consume(event, appealHandlers);
    }

    /** Applies one event read again from its topic (rebuild): the same handlers, the same dedupe. */
    public Uni<Void> replay(String topic, String event) {
        return switch (topic) {
            case Topics.REQUESTS -> onRequestEvent(event);
            case Topics.CASES -> onCaseEvent(event);
            case Topics.APPEALS -> onAppealEvent(event);
            default -> Uni.createFrom().voidItem();
        };
    }
}
