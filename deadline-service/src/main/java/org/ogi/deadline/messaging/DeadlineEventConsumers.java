package org.ogi.deadline.messaging;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.ogi.contracts.EventType;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.deadline.domain.ClockEvent;
import org.ogi.deadline.service.AppealClockUpdates;
import org.ogi.deadline.service.Clocks;
import org.ogi.law.ConsultationKind;
import org.ogi.platform.messaging.IdempotentConsumer;

/** Turns request and case events into clock events. */
@ApplicationScoped
public class DeadlineEventConsumers {

    /** How a case event type reads as a clock event; null when the event moves no clock. */
    private record CaseEventMapping<T>(
            EventType<T> type, Function<T, CaseTransitioned> transition, Function<T, ClockEvent> clockEvent) {}

    private static final List<CaseEventMapping<?>> CASE_EVENTS = List.of(
            new CaseEventMapping<>(
                    Events.CASE_ACCEPTED,
                    CaseEvents.Accepted::transition,
                    e -> new ClockEvent.Accepted(e.transition().occurredOn())),
            new CaseEventMapping<>(
                    Events.CASE_CORRECTION_REQUESTED,
                    CaseEvents.CorrectionRequested::transition,
                    e -> new ClockEvent.CorrectionRequested(e.noticeDate(), e.periodWorkingDays())),
            new CaseEventMapping<>(
                    Events.CASE_CORRECTED,
                    CaseEvents.Corrected::transition,
                    e -> new ClockEvent.Corrected(e.correctedReceivedDate())),
            new CaseEventMapping<>(
                    Events.CASE_CONSULTATION_STARTED,
                    CaseEvents.ConsultationStarted::transition,
                    e -> new ClockEvent.ConsultationStarted(
                            e.consultationId(),
                            ConsultationKind.valueOf(e.kind()),
                            e.letterSentOn(),
                            e.letterReceivedOn())),
            new CaseEventMapping<>(
                    Events.CASE_CONSULTATION_ENDED,
                    CaseEvents.ConsultationEnded::transition,
                    e -> new ClockEvent.ConsultationEnded(
                            e.consultationId(),
                            e.outcome(),
                            e.answeredOn() != null
                                    ? e.answeredOn()
                                    : e.transition().occurredOn())),
            new CaseEventMapping<>(
                    Events.CASE_CONSULTATION_LETTER_RECEIVED,
                    CaseEvents.ConsultationLetterReceived::transition,
                    e -> new ClockEvent.ConsultationLetterReceived(e.consultationId(), e.letterReceivedOn())),
            new CaseEventMapping<>(
                    Events.CASE_EXTENDED,
                    CaseEvents.Extended::transition,
                    e -> new ClockEvent.Extended(e.transition().occurredOn(), e.workingDays(), e.applicantToldOn())),
            // Art. 35: only a longer period set by the head moves the reply clock.
            new CaseEventMapping<>(
                    Events.CASE_EXCESSIVE_REQUESTS_DECIDED,
                    CaseEvents.ExcessiveRequestsDecided::transition,
                    e -> "LONGER_PERIOD".equals(e.decision()) && e.replyDueDate() != null
                            ? new ClockEvent.ReplyPeriodSet(
                                    e.decidedOn() != null
                                            ? e.decidedOn()
                                            : e.transition().occurredOn(),
                                    e.replyDueDate())
                            : null),
            new CaseEventMapping<>(
                    Events.CASE_FEE_NOTICE_ISSUED,
                    CaseEvents.FeeNoticeIssued::transition,
                    e -> new ClockEvent.FeeNoticeIssued(e.feeId(), e.noticeDate(), e.receivedOn())),
            new CaseEventMapping<>(
                    Events.CASE_FEE_NOTICE_RECEIVED,
                    CaseEvents.FeeNoticeReceived::transition,
                    e -> new ClockEvent.FeeNoticeReceived(e.feeId(), e.receivedOn())),
            new CaseEventMapping<>(
                    Events.CASE_FEE_PAID,
                    CaseEvents.FeePaid::transition,
                    e -> new ClockEvent.FeePaid(e.feeId(), e.paidOn())),
            // Art. 41: the agency's decision answers a record-correction request.
            new CaseEventMapping<>(
                    Events.CASE_RECORD_CORRECTION_DECIDED,
                    CaseEvents.RecordCorrectionDecided::transition,
                    e -> new ClockEvent.Replied(
                            e.decidedOn() != null
                                    ? e.decidedOn()
                                    : e.transition().occurredOn())),
            new CaseEventMapping<>(
                    Events.CASE_WITHDRAWN,
                    CaseEvents.Withdrawn::transition,
                    e -> new ClockEvent.Stopped(
                            e.withdrawnOn() != null
                                    ? e.withdrawnOn()
                                    : e.transition().occurredOn(),
                            "withdrawn")),
            new CaseEventMapping<>(
                    Events.CASE_ABANDONED,
                    CaseEvents.Abandoned::transition,
                    e -> new ClockEvent.Stopped(e.transition().occurredOn(), "deemed abandoned (" + e.reason() + ")")),
            new CaseEventMapping<>(
                    Events.CASE_CLOSED,
                    CaseEvents.Closed::transition,
                    e -> new ClockEvent.Stopped(e.transition().occurredOn(), "closed")));

    private final IdempotentConsumer consumer;
    private final Clocks clocks;

    private final List<IdempotentConsumer.Handler<?>> caseHandlers;
    private final List<IdempotentConsumer.Command<?, Clocks.Recording>> requestCommands;

    DeadlineEventConsumers(IdempotentConsumer consumer, Clocks clocks, AppealClockUpdates remands) {
        this.consumer = consumer;
        this.clocks = clocks;
        // A reply meets the case's reply clock and any reply a reconsideration body or court ordered (remand).
        IdempotentConsumer.Handler<?> replied = IdempotentConsumer.Handler.on(
                Events.CASE_REPLIED,
                (source, e) -> clocks.record(
                                source,
                                e.transition().trackingNumber(),
                                e.transition().agency(),
                                new ClockEvent.Replied(e.repliedOn()))
                        .chain(() -> remands.caseReplied(e.transition().trackingNumber(), e.repliedOn())));
        this.caseHandlers = Stream.concat(
                        Stream.of(replied), CASE_EVENTS.stream().<IdempotentConsumer.Handler<?>>map(this::handler))
                .toList();
        this.requestCommands = List.of(
                IdempotentConsumer.Command.on(
                        Events.REQUEST_RECEIVED,
                        (source, request) -> new Clocks.Recording(
                                source,
                                request.trackingNumber(),
                                request.agency(),
                                new ClockEvent.Received(
                                        request.receivedDate(),
                                        RequestReceived.RECORD_CORRECTION.equals(request.kind())))),
                // Only ordinary post must be confirmed on its arrival day (Art. 31(二)); fax has no such day.
                IdempotentConsumer.Command.on(
                        Events.REQUEST_AWAITING_CONFIRMATION,
                        (source, waiting) -> waiting.confirmByDate() == null
                                ? null
                                : new Clocks.Recording(
                                        source,
                                        waiting.trackingNumber(),
                                        waiting.agency(),
                                        new ClockEvent.Arrived(waiting.confirmByDate()))));
    }

    /**
     * A poll's events in one transaction, their clocks derived together (the clock's hop of every registration; see
     * IdempotentConsumer).
     */
    @Incoming(Topics.REQUESTS)
    public Uni<Void> onRequestEvents(KafkaRecordBatch<String, String> events) {
        return consumer.consume(events, requestCommands, clocks::recordAll);
    }

    @Incoming(Topics.CASES)
    public Uni<Void> onCaseEvents(KafkaRecordBatch<String, String> events) {
        return consumer.consume(events, caseHandlers);
    }

    private <T> IdempotentConsumer.Handler<T> handler(CaseEventMapping<T> mapping) {
        return IdempotentConsumer.Handler.on(mapping.type(), (source, payload) -> {
            CaseTransitioned transition = mapping.transition().apply(payload);
            ClockEvent event = mapping.clockEvent().apply(payload);
            return event == null
                    ? Uni.createFrom().voidItem()
                    : clocks.record(source, transition.trackingNumber(), transition.agency(), event);
        });
    }
}
