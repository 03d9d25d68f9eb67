package org.ogi.cases.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.cases.service.CaseFiles;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.messaging.IdempotentConsumer;
import org.ogi.platform.messaging.IdempotentConsumer.Handler;

import java.util.List;

@ApplicationScoped
public class CaseEventConsumers {

    private static final String CONSUMER = "case-service";

    private final IdempotentConsumer consumer;
    private final CaseFiles caseFiles;

    CaseEventConsumers(IdempotentConsumer consumer, CaseFiles caseFiles) {
        this.consumer = consumer;
        this.caseFiles = caseFiles;
    }

    @Incoming("requests")
    public Uni<Void> onRequestEvent(String event) {
        return consumer.consume(CONSUMER, event, Events.REQUEST_RECEIVED, (e, request) -> caseFiles.open(request));
    }

    @Incoming("deadlines")
    public Uni<Void> onDeadlineEvent(String event) {
        return consumer.consume(CONSUMER, event, List.of(
                Handler.on(Events.DEADLINE_SCHEDULED, (e, scheduled) -> caseFiles.recordDeadline(
                        scheduled.trackingNumber(), scheduled.clock(), scheduled.dueDate(), scheduled.provisional())),
                // A calendar change or a workflow step moved the date: queues and the case view follow.
                Handler.on(Events.DEADLINE_CHANGED, (e, changed) -> caseFiles.recordDeadline(
                        changed.trackingNumber(), changed.clock(), changed.newDueDate(), changed.provisional()))));
    }
}
