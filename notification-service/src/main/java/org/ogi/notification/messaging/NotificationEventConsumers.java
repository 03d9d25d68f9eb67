package org.ogi.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.Events;
import org.ogi.notification.service.Notifications;
import org.ogi.platform.messaging.IdempotentConsumer;

@ApplicationScoped
public class NotificationEventConsumers {

    private final IdempotentConsumer consumer;
    private final Notifications notifications;

    NotificationEventConsumers(IdempotentConsumer consumer, Notifications notifications) {
        this.consumer = consumer;
        this.notifications = notifications;
    }

    @Incoming(Topics.REQUESTS)
    public Uni<Void> onRequestEvent(String event) {
        return consumer.consume(event, Events.REQUEST_RECEIVED, (e, request) -> notifications.acknowledge(request));
    }
}
