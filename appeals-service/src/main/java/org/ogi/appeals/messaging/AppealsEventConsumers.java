package org.ogi.appeals.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.appeals.service.AppealClocks;
import org.ogi.appeals.service.AppealableCases;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.messaging.IdempotentConsumer;
import org.ogi.platform.messaging.IdempotentConsumer.Handler;

/** What appeals-service learns from the other services' events, each applied once; a poll's in one transaction. */
@ApplicationScoped
public class AppealsEventConsumers {

    private final IdempotentConsumer consumer;
    private final List<Handler<?>> requestHandlers;
    private final List<Handler<?>> caseHandlers;
    private final List<Handler<?>> deadlineHandlers;

    AppealsEventConsumers(IdempotentConsumer consumer, AppealableCases cases, AppealClocks clocks) {
        this.consumer = consumer;
        this.requestHandlers = List.of(Handler.on(Events.REQUEST_RECEIVED, (e, received) -> cases.received(received)));
        this.caseHandlers = List.of(
                Handler.on(Events.CASE_OPENED, (e, opened) -> cases.opened(opened)),
                Handler.on(Events.CASE_REPLIED, (e, replied) -> cases.replied(replied)),
                Handler.on(Events.CASE_DELIVERED, (e, delivered) -> cases.delivered(delivered)));
        this.deadlineHandlers = List.of(
                Handler.on(Events.DEADLINE_SCHEDULED, (e, s) -> {
                    if (s.clock().kind() == ClockKind.REPLY) {
                        return cases.replyDue(s.trackingNumber(), s.agency(), s.dueDate());
                    }
                    return AppealClocks.isAppealClock(s.clock())
                            ? clocks.scheduled(s.trackingNumber(), s.clock(), s.startDate(), s.dueDate(), s.regime())
                            : Uni.createFrom().voidItem();
                }),
                Handler.on(Events.DEADLINE_CHANGED, (e, c) -> {
                    if (c.clock().kind() == ClockKind.REPLY) {
                        return cases.replyDue(c.trackingNumber(), c.agency(), c.newDueDate());
                    }
                    return AppealClocks.isAppealClock(c.clock())
                            ? clocks.scheduled(c.trackingNumber(), c.clock(), null, c.newDueDate(), null)
                            : Uni.createFrom().voidItem();
                }),
                Handler.on(
                        Events.DEADLINE_APPROACHING,
                        (e, a) -> AppealClocks.isAppealClock(a.clock())
                                ? clocks.alerted(a.trackingNumber(), a.clock(), false)
                                : Uni.createFrom().voidItem()),
                Handler.on(
                        Events.DEADLINE_BREACHED,
                        (e, b) -> AppealClocks.isAppealClock(b.clock())
                                ? clocks.alerted(b.trackingNumber(), b.clock(), true)
                                : Uni.createFrom().voidItem()),
                Handler.on(AppealEvents.FILING_CHECKED, (e, check) -> clocks.filingChecked(check)));
    }

    @Incoming(Topics.REQUESTS)
    public Uni<Void> onRequestEvents(KafkaRecordBatch<String, String> events) {
        return consumer.consume(events, requestHandlers);
    }

    @Incoming(Topics.CASES)
    public Uni<Void> onCaseEvents(KafkaRecordBatch<String, String> events) {
        return consumer.consume(events, caseHandlers);
    }

    @Incoming(Topics.DEADLINES)
    public Uni<Void> onDeadlineEvents(KafkaRecordBatch<String, String> events) {
        return consumer.consume(events, deadlineHandlers);
    }
}
