package org.ogi.notification.messaging;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.contracts.EventType;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.Events;
import org.ogi.notification.domain.Notices;
import org.ogi.notification.service.Triggers;
import org.ogi.platform.messaging.IdempotentConsumer;
import org.ogi.platform.messaging.IdempotentConsumer.Handler;

/**
 * One consumer per topic (two on one topic would share the service's dedupe rows and skip each other's events);
 * each event is applied once, its notifications recorded in the same transaction as the dedupe row.
 */
@ApplicationScoped
public class NotificationEventConsumers {

    private final IdempotentConsumer consumer;
    private final List<Handler<?>> requests;
    private final List<Handler<?>> cases;
    private final List<Handler<?>> deadlines;
    private final List<Handler<?>> appeals;

    NotificationEventConsumers(IdempotentConsumer consumer, Triggers on) {
        this.consumer = consumer;
        this.requests = List.of(
                Handler.on(Events.REQUEST_RECEIVED, on::received),
                Handler.on(Events.REQUEST_AWAITING_CONFIRMATION, on::awaitingConfirmation));
        this.cases = List.of(
                Handler.on(
                        Events.CASE_ACCEPTED,
                        (e, p) -> on.caseEvent(e, p.transition(), on.tell(e, Notices.accepted(p)))),
                Handler.on(
                        Events.CASE_CORRECTION_REQUESTED,
                        (e, p) -> on.caseEvent(e, p.transition(), on.tell(e, Notices.correction(p)))),
                Handler.on(
                        Events.CASE_CONSULTATION_STARTED,
                        (e, p) -> on.caseEvent(e, p.transition(), on.tell(e, Notices.consultation(p)))),
                Handler.on(Events.CASE_EXTENDED, (e, p) -> on.caseEvent(e, p.transition(), on.extended(e, p))),
                Handler.on(
                        Events.CASE_FEE_NOTICE_ISSUED,
                        (e, p) -> on.caseEvent(e, p.transition(), on.tell(e, Notices.fee(p)))),
                Handler.on(
                        Events.CASE_REPLIED, (e, p) -> on.caseEvent(e, p.transition(), on.tell(e, Notices.reply(p)))),
                Handler.on(
                        Events.CASE_ABANDONED,
                        (e, p) -> on.caseEvent(e, p.transition(), on.tell(e, Notices.abandoned(p)))),
                Handler.on(Events.CASE_REOPENED, (e, p) -> on.caseEvent(e, p.transition(), on.reopened(e, p))),
                Handler.on(Events.CASE_ASSIGNED, (e, p) -> on.caseEvent(e, p.transition(), on.assigned(p))),
                // The rest tell the applicant nothing; they move the case between work queues (QueueReminders).
                Handler.on(Events.CASE_OPENED, on::opened),
                moved(on, Events.CASE_CORRECTED, CaseEvents.Corrected::transition),
                moved(on, Events.CASE_CONSULTATION_ENDED, CaseEvents.ConsultationEnded::transition),
                moved(on, Events.CASE_FEE_PAID, CaseEvents.FeePaid::transition),
                moved(on, Events.CASE_DRAFT_SUBMITTED, CaseEvents.Stepped::transition),
                moved(on, Events.CASE_SECRECY_REVIEW_PASSED, CaseEvents.Stepped::transition),
                moved(on, Events.CASE_SECRECY_REVIEW_RETURNED, CaseEvents.Stepped::transition),
                moved(on, Events.CASE_APPROVED, CaseEvents.Stepped::transition),
                moved(on, Events.CASE_APPROVAL_RETURNED, CaseEvents.Stepped::transition),
                moved(on, Events.CASE_DELIVERED, CaseEvents.Delivered::transition),
                moved(on, Events.CASE_CLOSED, CaseEvents.Closed::transition),
                moved(on, Events.CASE_WITHDRAWN, CaseEvents.Withdrawn::transition));
        this.deadlines = List.of(
                Handler.on(Events.DEADLINE_SCHEDULED, on::scheduled),
                Handler.on(Events.DEADLINE_APPROACHING, on::approaching),
                Handler.on(Events.DEADLINE_BREACHED, on::breached));
        this.appeals = List.of(
                Handler.on(AppealEvents.FILED, on::appealFiled), Handler.on(AppealEvents.DECIDED, on::appealDecided));
    }

    private static <T> Handler<T> moved(Triggers on, EventType<T> type, Function<T, CaseTransitioned> transition) {
        return Handler.on(
                type,
                (e, p) -> on.caseEvent(
                        e, transition.apply(p), contact -> Uni.createFrom().voidItem()));
    }

    @Incoming(Topics.REQUESTS)
    public Uni<Void> onRequestEvent(String event) {
        return consumer.consume(event, requests);
    }

    @Incoming(Topics.CASES)
    public Uni<Void> onCaseEvent(String event) {
        return consumer.consume(event, cases);
    }

    @Incoming(Topics.DEADLINES)
    public Uni<Void> onDeadlineEvent(String event) {
        return consumer.consume(event, deadlines);
    }

    @Incoming(Topics.APPEALS)
    public Uni<Void> onAppealEvent(String event) {
        return consumer.consume(event, appeals);
    }
}
