package org.ogi.cases.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.cases.service.AppealSteps;
import org.ogi.cases.service.CaseFiles;
import org.ogi.cases.service.CaseFiles.CaseDeadline;
import org.ogi.cases.service.ReplySteps;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.platform.messaging.IdempotentConsumer;
import org.ogi.platform.messaging.IdempotentConsumer.Command;
import org.ogi.platform.messaging.IdempotentConsumer.Handler;

@ApplicationScoped
public class CaseEventConsumers {

    private static final List<Command<?, RequestReceived>> OPENING =
            List.of(Command.on(Events.REQUEST_RECEIVED, (e, request) -> request));

    private static final List<Command<?, CaseDeadline>> DUE_DATES = List.of(
            Command.on(
                    Events.DEADLINE_SCHEDULED,
                    (e, scheduled) -> caseDeadline(
                            scheduled.trackingNumber(),
                            scheduled.clock(),
                            scheduled.dueDate(),
                            scheduled.provisional())),
            // A calendar change or a workflow step moved the date: queues and the case view follow.
            Command.on(
                    Events.DEADLINE_CHANGED,
                    (e, changed) -> caseDeadline(
                            changed.trackingNumber(), changed.clock(), changed.newDueDate(), changed.provisional())));

    private final IdempotentConsumer consumer;
    private final CaseFiles caseFiles;
    private final AppealSteps appeals;
    private final ReplySteps replies;

    CaseEventConsumers(IdempotentConsumer consumer, CaseFiles caseFiles, AppealSteps appeals, ReplySteps replies) {
        this.consumer = consumer;
        this.caseFiles = caseFiles;
        this.appeals = appeals;
        this.replies = replies;
    }

    /** The reply's proof of service from notification-service records its delivery (送达). */
    @Incoming(Topics.NOTIFICATIONS)
    public Uni<Void> onNotificationEvent(String event) {
        return consumer.consume(event, Events.NOTIFICATION_SERVED, (e, served) -> replies.servedByNotification(served));
    }

    /** A poll's requests opened together: the first hop from a registration to its case. */
    @Incoming(Topics.REQUESTS)
    public Uni<Void> onRequestEvents(KafkaRecordBatch<String, String> events) {
        return consumer.consume(events, OPENING, caseFiles::openAll);
    }

    /** A poll's due dates in one statement: the last hop from a registration to its reply due date. */
    @Incoming(Topics.DEADLINES)
    public Uni<Void> onDeadlineEvents(KafkaRecordBatch<String, String> events) {
        return consumer.consume(events, DUE_DATES, caseFiles::recordDeadlines);
    }

    @Incoming(Topics.APPEALS)
    public Uni<Void> onAppealEvent(String event) {
        return consumer.consume(
                event,
                List.of(
                        Handler.on(AppealEvents.FILED, (e, filed) -> appeals.filed(filed)),
                        Handler.on(AppealEvents.DECIDED, (e, decided) -> appeals.decided(decided))));
    }

    /** An appeal's own clocks are keyed by the appeal number: they are no case's. */
    private static CaseDeadline caseDeadline(
            String trackingNumber, ClockKey clock, LocalDate dueDate, boolean provisional) {
        return clock.kind().keyedByAppeal() ? null : new CaseDeadline(trackingNumber, clock, dueDate, provisional);
    }
}
