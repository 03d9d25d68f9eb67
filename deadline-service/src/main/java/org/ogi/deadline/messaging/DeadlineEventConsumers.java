package org.ogi.deadline.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.contracts.v1.Events;
import org.ogi.deadline.service.Clocks;
import org.ogi.platform.messaging.IdempotentConsumer;

@ApplicationScoped
public class DeadlineEventConsumers {

    private final IdempotentConsumer consumer;
    private final Clocks clocks;

    DeadlineEventConsumers(IdempotentConsumer consumer, Clocks clocks) {
        this.consumer = consumer;
        this.clocks = clocks;
    }

    @Incoming("requests")
    public Uni<Void> onRequestEvent(String event) {
        return consumer.consume("deadline-service", event, Events.REQUEST_RECEIVED, clocks::startReplyClock);
    }
}
