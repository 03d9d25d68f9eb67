package org.ogi.contracts.v1;

import java.util.List;
import java.util.Optional;
import org.ogi.contracts.EventType;
import org.ogi.contracts.Topics;

/** Every v1 event type of the system, with its topic and payload. */
public final class Events {

    public static final EventType<RequestReceived> REQUEST_RECEIVED =
            new EventType<>("ogi.request.received.v1", Topics.REQUESTS, RequestReceived.class);
    public static final EventType<RequestAwaitingConfirmation> REQUEST_AWAITING_CONFIRMATION =
            new EventType<>("ogi.request.awaiting-confirmation.v1", Topics.REQUESTS, RequestAwaitingConfirmation.class);
    public static final EventType<RequestConfirmed> REQUEST_CONFIRMED =
            new EventType<>("ogi.request.confirmed.v1", Topics.REQUESTS, RequestConfirmed.class);

    public static final EventType<CaseOpened> CASE_OPENED =
            new EventType<>("ogi.case.opened.v1", Topics.CASES, CaseOpened.class);
    public static final EventType<CaseEvents.Accepted> CASE_ACCEPTED =
            new EventType<>("ogi.case.accepted.v1", Topics.CASES, CaseEvents.Accepted.class);
    public static final EventType<CaseEvents.CorrectionRequested> CASE_CORRECTION_REQUESTED =
            new EventType<>("ogi.case.correction-requested.v1", Topics.CASES, CaseEvents.CorrectionRequested.class);
    public static final EventType<CaseEvents.Corrected> CASE_CORRECTED =
            new EventType<>("ogi.case.corrected.v1", Topics.CASES, CaseEvents.Corrected.class);
    public static final EventType<CaseEvents.Abandoned> CASE_ABANDONED =
            new EventType<>("ogi.case.abandoned.v1", Topics.CASES, CaseEvents.Abandoned.class);
    public static final EventType<CaseEvents.Assigned> CASE_ASSIGNED =
            new EventType<>("ogi.case.assigned.v1", Topics.CASES, CaseEvents.Assigned.class);
    public static final EventType<CaseEvents.ConsultationStarted> CASE_CONSULTATION_STARTED =
            new EventType<>("ogi.case.consultation-started.v1", Topics.CASES, CaseEvents.ConsultationStarted.class);
    public static final EventType<CaseEvents.ConsultationEnded> CASE_CONSULTATION_ENDED =
            new EventType<>("ogi.case.consultation-ended.v1", Topics.CASES, CaseEvents.ConsultationEnded.class);
    public static final EventType<CaseEvents.ConsultationLetterReceived> CASE_CONSULTATION_LETTER_RECEIVED =
            new EventType<>(
                    "ogi.case.consultation-letter-received.v1",
                    Topics.CASES,
                    CaseEvents.ConsultationLetterReceived.class);
    public static final EventType<CaseEvents.ThirdPartyNotified> CASE_THIRD_PARTY_NOTIFIED =
            new EventType<>("ogi.case.third-party-notified.v1", Topics.CASES, CaseEvents.ThirdPartyNotified.class);
    public static final EventType<CaseEvents.Extended> CASE_EXTENDED =
            new EventType<>("ogi.case.extended.v1", Topics.CASES, CaseEvents.Extended.class);
    public static final EventType<CaseEvents.FeeNoticeIssued> CASE_FEE_NOTICE_ISSUED =
            new EventType<>("ogi.case.fee-notice-issued.v1", Topics.CASES, CaseEvents.FeeNoticeIssued.class);
    public static final EventType<CaseEvents.FeeNoticeReceived> CASE_FEE_NOTICE_RECEIVED =
            new EventType<>("ogi.case.fee-notice-received.v1", Topics.CASES, CaseEvents.FeeNoticeReceived.class);
    public static final EventType<CaseEvents.ReasonsRequested> CASE_REASONS_REQUESTED =
            new EventType<>("ogi.case.reasons-requested.v1", Topics.CASES, CaseEvents.ReasonsRequested.class);
    public static final EventType<CaseEvents.ExcessiveRequestsDecided> CASE_EXCESSIVE_REQUESTS_DECIDED =
            new EventType<>(
                    "ogi.case.excessive-requests-decided.v1", Topics.CASES, CaseEvents.ExcessiveRequestsDecided.class);
    public static final EventType<CaseEvents.FeePaid> CASE_FEE_PAID =
            new EventType<>("ogi.case.fee-paid.v1", Topics.CASES, CaseEvents.FeePaid.class);
    public static final EventType<CaseEvents.Stepped> CASE_DRAFT_SUBMITTED =
            new EventType<>("ogi.case.draft-submitted.v1", Topics.CASES, CaseEvents.Stepped.class);
    public static final EventType<CaseEvents.Stepped> CASE_SECRECY_REVIEW_PASSED =
            new EventType<>("ogi.case.secrecy-review-passed.v1", Topics.CASES, CaseEvents.Stepped.class);
    public static final EventType<CaseEvents.Stepped> CASE_SECRECY_REVIEW_RETURNED =
            new EventType<>("ogi.case.secrecy-review-returned.v1", Topics.CASES, CaseEvents.Stepped.class);
    public static final EventType<CaseEvents.Stepped> CASE_APPROVED =
            new EventType<>("ogi.case.approved.v1", Topics.CASES, CaseEvents.Stepped.class);
    public static final EventType<CaseEvents.Stepped> CASE_APPROVAL_RETURNED =
            new EventType<>("ogi.case.approval-returned.v1", Topics.CASES, CaseEvents.Stepped.class);
    public static final EventType<CaseEvents.Replied> CASE_REPLIED =
            new EventType<>("ogi.case.replied.v1", Topics.CASES, CaseEvents.Replied.class);
    public static final EventType<CaseEvents.RecordCorrectionDecided> CASE_RECORD_CORRECTION_DECIDED = new EventType<>(
            "ogi.case.record-correction-decided.v1", Topics.CASES, CaseEvents.RecordCorrectionDecided.class);
    public static final EventType<CaseEvents.Delivered> CASE_DELIVERED =
            new EventType<>("ogi.case.delivered.v1", Topics.CASES, CaseEvents.Delivered.class);
    public static final EventType<CaseEvents.Closed> CASE_CLOSED =
            new EventType<>("ogi.case.closed.v1", Topics.CASES, CaseEvents.Closed.class);
    public static final EventType<CaseEvents.Withdrawn> CASE_WITHDRAWN =
            new EventType<>("ogi.case.withdrawn.v1", Topics.CASES, CaseEvents.Withdrawn.class);
    public static final EventType<CaseEvents.Reopened> CASE_REOPENED =
            new EventType<>("ogi.case.reopened.v1", Topics.CASES, CaseEvents.Reopened.class);
    public static final EventType<DeadlineScheduled> DEADLINE_SCHEDULED =
            new EventType<>("ogi.deadline.scheduled.v1", Topics.DEADLINES, DeadlineScheduled.class);
    public static final EventType<DeadlineEvents.Approaching> DEADLINE_APPROACHING =
            new EventType<>("ogi.deadline.approaching.v1", Topics.DEADLINES, DeadlineEvents.Approaching.class);
    public static final EventType<DeadlineEvents.Breached> DEADLINE_BREACHED =
            new EventType<>("ogi.deadline.breached.v1", Topics.DEADLINES, DeadlineEvents.Breached.class);
    public static final EventType<DeadlineEvents.Changed> DEADLINE_CHANGED =
            new EventType<>("ogi.deadline.changed.v1", Topics.DEADLINES, DeadlineEvents.Changed.class);

    public static final EventType<NotificationRecorded> NOTIFICATION_RECORDED =
            new EventType<>("ogi.notification.recorded.v1", Topics.NOTIFICATIONS, NotificationRecorded.class);

    public static final List<EventType<?>> ALL = List.of(
            REQUEST_RECEIVED,
            REQUEST_CONFIRMED,
            REQUEST_AWAITING_CONFIRMATION,
            CASE_OPENED,
            CASE_ACCEPTED,
            CASE_CORRECTION_REQUESTED,
            CASE_CORRECTED,
            CASE_ABANDONED,
            CASE_ASSIGNED,
            CASE_CONSULTATION_STARTED,
            CASE_CONSULTATION_LETTER_RECEIVED,
            CASE_CONSULTATION_ENDED,
            CASE_THIRD_PARTY_NOTIFIED,
            CASE_EXTENDED,
            CASE_FEE_NOTICE_ISSUED,
            CASE_FEE_NOTICE_RECEIVED,
            CASE_REASONS_REQUESTED,
            CASE_EXCESSIVE_REQUESTS_DECIDED,
            CASE_FEE_PAID,
            CASE_DRAFT_SUBMITTED,
            CASE_SECRECY_REVIEW_PASSED,
            CASE_SECRECY_REVIEW_RETURNED,
            CASE_APPROVED,
            CASE_APPROVAL_RETURNED,
            CASE_REPLIED,
            CASE_RECORD_CORRECTION_DECIDED,
            CASE_DELIVERED,
            CASE_CLOSED,
            CASE_WITHDRAWN,
            CASE_REOPENED,
            DEADLINE_SCHEDULED,
            DEADLINE_APPROACHING,
            DEADLINE_BREACHED,
            DEADLINE_CHANGED,
            NOTIFICATION_RECORDED,
            AppealEvents.FILED,
            AppealEvents.ANSWER_SUBMITTED,
            AppealEvents.DECIDED,
            AppealEvents.WITHDRAWN,
            AppealEvents.DECISION_PERIOD_EXTENDED,
            AppealEvents.FILING_CHECKED);

    public static Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }

    private Events() {}
}
