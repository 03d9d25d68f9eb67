package org.ogi.cases.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.cases.service.AppealSteps;
import org.ogi.cases.service.CaseFiles;
import org.ogi.cases.service.ReplySteps;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.messaging.IdempotentConsumer;
import org.ogi.platform.messaging.IdempotentConsumer.Handler;

/** Each channel applies a poll's events in one transaction, in order (see IdempotentConsumer). */
@ApplicationScoped
public class CaseEventConsumers {

    private final IdempotentConsumer consumer;
    private final CaseFiles caseFiles;
    private final List<Handler<?>> requestHandlers;
    private final List<Handler<?>> servedHandlers;
    private final List<Handler<?>> deadlineHandlers;
    private final List<Handler<?>> appealHandlers;

    CaseEventConsumers(IdempotentConsumer consumer, CaseFiles caseFiles, AppealSteps appeals, ReplySteps replies) {
        this.consumer = consumer;
        this.caseFiles = caseFiles;
        this.requestHandlers = List.of(Handler.on(Events.REQUEST_RECEIVED, (e, request) -> caseFiles.open(request)));
        this.servedHandlers =
                List.of(Handler.on(Events.NOTIFICATION_SERVED, (e, served) -> replies.servedByNotification(served)));
        this.deadlineHandlers = List.of(
                Handler.on(
                        Events.DEADLINE_SCHEDULED,
                        (e, scheduled) -> caseDeadline(
                                scheduled.trackingNumber(),
                                scheduled.clock(),
                                scheduled.dueDate(),
                                scheduled.provisional())),
                // A calendar change or a workflow step moved the date: queues and the case view follow.
                Handler.on(
                        Events.DEADLINE_CHANGED,
                        (e, changed) -> caseDeadline(
                                changed.trackingNumber(),
                                changed.clock(),
                                changed.newDueDate(),
                                changed.provisional())));
        this.appealHandlers = List.of(
                Handler.on(AppealEvents.FILED, (e, filed) -> appeals.filed(filed)),
                Handler.on(AppealEvents.DECIDED, (e, decided) -> appeals.decided(decided)));
    }

    /** The registrations open their cases: the first hop from a registration to its reply due date. */
    @Incoming(Topics.REQUESTS)
    public Uni<Void> onRequestEvents(KafkaRecordBatch<String, String> events) {
        return consumer.consume(events, requestHandlers);
    }

    /** The reply's proof of service from notification-service records its delivery (送达). */
    @Incoming(Topics.NOTIFICATIONS)
    public Uni<Void> onNotificationEvents(KafkaRecordBatch<String, String> events) {
        return consumer.consume(events, servedHandlers);
    }

    /** The due dates: the last hop from a registration to its reply due date. */
    @Incoming(Topics.DEADLINES)
    public Uni<Void> onDeadlineEvents(KafkaRecordBatch<String, String> events) {
        return consumer.consume(events, deadlineHandlers);
    }

    @Incoming(Topics.APPEALS)
    public Uni<Void> onAppealEvents(KafkaRecordBatch<String, String> events) {
        return consumer.consume(events, appealHandlers);
    }

    /** An appeal's own clocks are keyed by the appeal number: they are no case's. */
    private Uni<Void> caseDeadline(String trackingNumber, ClockKey clock, LocalDate dueDate, boolean provisional) {
        return clock.kind().keyedByAppeal()
                ? Uni.createFrom().voidItem()
                : caseFiles.recordDeadline(trackingNumber, clock, dueDate, provisional);
    }
}
