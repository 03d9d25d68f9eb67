package org.ogi.contracts.v1;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Payloads of the case workflow's events (topic {@code ogi.cases}). Each carries the common {@link CaseTransitioned}
 * part as {@code transition} and the facts its consumers need: deadline-service (clock starts, pauses, resumes,
 * restarts, extensions), notification-service (what to tell the applicant) and the annual report (reply type and
 * date, delivery).
 */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record Accepted(CaseTransitioned transition) {
    }

    /** Art. 30: once, within 7 working days of receipt; the applicant corrects within {@code periodWorkingDays}. */
    public record CorrectionRequested(CaseTransitioned transition, LocalDate noticeDate, List<String> itemsToCorrect,
            int periodWorkingDays) {
    }

    /** The corrected application was received on {@code correctedReceivedDate}: the reply clock restarts from it. */
    public record Corrected(CaseTransitioned transition, LocalDate correctedReceivedDate) {
    }

    /** 视为放弃: reason CORRECTION_PERIOD_EXPIRED or FEE_NOT_PAID. */
    public record Abandoned(CaseTransitioned transition, String reason) {
    }

    public record Assigned(CaseTransitioned transition, String department, String officer) {
    }

    /**
     * Art. 32 (kind THIRD_PARTY) or Art. 34 (OTHER_AGENCY): the reply clock pauses from {@code letterSentOn};
     * the party's answer is due 15 working days after {@code letterReceivedOn} (when known).
     */
    public record ConsultationStarted(CaseTransitioned transition, String consultationId, String kind, String party,
            LocalDate letterSentOn, LocalDate letterReceivedOn) {
    }

    /** The answer arrived on {@code answeredOn} (CONSENT, OBJECTION) or the period ran out (NO_ANSWER). */
    public record ConsultationEnded(CaseTransitioned transition, String consultationId, String kind, String outcome,
            LocalDate answeredOn) {
    }

    /** Art. 33 ¶2: approved by the head of the OGI office; at most 20 working days (2008: 15). */
    public record Extended(CaseTransitioned transition, int workingDays, String reason, String approvedBy) {
    }

    /** Fee notice (§1.13): payable within 20 working days of the day after the applicant receives it. */
    public record FeeNoticeIssued(CaseTransitioned transition, String feeId, String mode, int units,
            BigDecimal amount, LocalDate noticeDate) {
    }

    public record FeePaid(CaseTransitioned transition, String feeId, LocalDate paidOn) {
    }

    /** A workflow step without facts of its own: draft submitted, secrecy review passed or returned, approval. */
    public record Stepped(CaseTransitioned transition, String comment) {
    }

    /**
     * The reply left the agency. {@code replyType} is a row of annual-report table 三 (e.g. WITHHELD_STATE_SECRET),
     * {@code outcomeGroup} its group (DISCLOSED, PARTIALLY_DISCLOSED, WITHHELD, CANNOT_PROVIDE, NOT_PROCESSED, OTHER).
     */
    public record Replied(CaseTransitioned transition, String replyType, String outcomeGroup, LocalDate repliedOn,
            String legalBasis, String deliveryMethod, String applicantCategory) {
    }

    public record Delivered(CaseTransitioned transition, String method, LocalDate deliveredOn, String proof) {
    }

    public record Closed(CaseTransitioned transition) {
    }

    public record Withdrawn(CaseTransitioned transition, String reason) {
    }
}
