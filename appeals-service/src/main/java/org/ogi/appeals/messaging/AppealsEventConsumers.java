package org.ogi.appeals.messaging;

import io.smallrye.mutiny.Uni;
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

/** What appeals-service learns from the other services' events, each applied once. */
@ApplicationScoped
public class AppealsEventConsumers {

    private final IdempotentConsumer consumer;
    private final List<Handler<?>> caseHandlers;
    private final List<Handler<?>> deadlineHandlers;
    private final AppealableCases cases;

    AppealsEventConsumers(IdempotentConsumer consumer, AppealableCases cases, AppealClocks clocks) {
        this.consumer = consumer;
        this.cases = cases;
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
    public Uni<Void> onRequestEvent(String event) {
        return consumer.consume(event, Events.REQUEST_RECEIVED, (e, received) -> cases.received(received));
    }

    @Incoming(Topics.CASES)
    public Uni<Void> onCaseEvent(String event) {
        return consumer.consume(event, caseHandlers);
    }

    @Incoming(Topics.DEADLINES)
    public Uni<Void> onDeadlineEvent(String event) {
        return consumer.consume(event, deadlineHandlers);
    }
}
