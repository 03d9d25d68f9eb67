package org.ogi.appeals.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.appeals.service.AppealableCases;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.messaging.IdempotentConsumer;

@ApplicationScoped
public class AppealsEventConsumers {

    private final IdempotentConsumer consumer;
    private final AppealableCases cases;

    AppealsEventConsumers(IdempotentConsumer consumer, AppealableCases cases) {
        this.consumer = consumer;
        this.cases = cases;
    }

    @Incoming(Topics.CASES)
    public Uni<Void> onCaseEvent(String event) {
        return consumer.consume(event, Events.CASE_OPENED, (e, opened) -> cases.register(opened));
    }
}
