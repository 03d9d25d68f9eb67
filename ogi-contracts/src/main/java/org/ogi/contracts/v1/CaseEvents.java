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

    private CaseEvents() {}

    public record Accepted(CaseTransitioned transition) {}

    /** Art. 30: once, within 7 working days of receipt; the applicant corrects within {@code periodWorkingDays}. */
    public record CorrectionRequested(
            CaseTransitioned transition, LocalDate noticeDate, List<String> itemsToCorrect, int periodWorkingDays) {}

    /** The corrected application was received on {@code correctedReceivedDate}: the reply clock restarts from it. */
    public record Corrected(CaseTransitioned transition, LocalDate correctedReceivedDate) {}

    /** 视为放弃: reason CORRECTION_PERIOD_EXPIRED or FEE_NOT_PAID. */
    public record Abandoned(CaseTransitioned transition, String reason) {}

    public record Assigned(CaseTransitioned transition, String department, String officer) {}

    /**
     * Art. 32 (kind THIRD_PARTY) or Art. 34 (OTHER_AGENCY): the reply clock pauses from {@code letterSentOn};
     * the party's answer is due 15 working days after {@code letterReceivedOn} (when known).
     */
    public record ConsultationStarted(
            CaseTransitioned transition,
            String consultationId,
            String kind,
            String party,
            LocalDate letterSentOn,
            LocalDate letterReceivedOn) {}

    /**
     * The consulted party received the letter on {@code letterReceivedOn}, entered after the consultation started:
     * its 15 working days (Arts. 32, 34) run from this day.
     */
    public record ConsultationLetterReceived(
            CaseTransitioned transition, String consultationId, String kind, LocalDate letterReceivedOn) {}

    /**
     * The answer arrived on {@code answeredOn} (CONSENT, OBJECTION), or the 15 working days from the letter's receipt
     * ended unanswered: NO_ANSWER for a third party (Art. 32: the agency decides under the Regulation),
     * DEEMED_CONSENT for another agency (Art. 34: 视为同意公开); {@code answeredOn} is null for those two.
     *
     * @param answerDueDate the last day of the party's answer period, when known (null on events before it existed)
     */
    public record ConsultationEnded(
            CaseTransitioned transition,
            String consultationId,
            String kind,
            String outcome,
            LocalDate answeredOn,
            LocalDate answerDueDate) {

        /** Without the answer period's end (the v1 form before it was added). */
        public ConsultationEnded(
                CaseTransitioned transition, String consultationId, String kind, String outcome, LocalDate answeredOn) {
            this(transition, consultationId, kind, outcome, answeredOn, null);
        }
    }

    /**
     * Art. 32 ¶2 (2008: Art. 23): disclosure over a third party's reasoned objection because withholding would
     * seriously affect the public interest; the third party was told in writing on {@code notifiedOn}, before the
     * disclosure, what will be disclosed and why.
     */
    public record ThirdPartyNotified(
            CaseTransitioned transition,
            String consultationId,
            String party,
            LocalDate notifiedOn,
            String informationToDisclose,
            String publicInterestReasons) {}

    /**
     * Art. 33 ¶2: approved by the head of the OGI office before the reply was due, at most 20 working days
     * (2008: 15), and told to the applicant on {@code applicantToldOn} (null on events before it existed).
     */
    public record Extended(
            CaseTransitioned transition, int workingDays, String reason, String approvedBy, LocalDate applicantToldOn) {

        /** Without the day the applicant was told (the v1 form before it was added). */
        public Extended(CaseTransitioned transition, int workingDays, String reason, String approvedBy) {
            this(transition, workingDays, reason, approvedBy, null);
        }
    }

    /**
     * Fee notice (§1.13): payable within 20 working days of the day after the applicant receives it;
     * {@code receivedOn} is that day when known at issue, else a {@link FeeNoticeReceived} follows.
     */
    public record FeeNoticeIssued(
            CaseTransitioned transition,
            String feeId,
            String mode,
            int units,
            BigDecimal amount,
            LocalDate noticeDate,
            LocalDate receivedOn) {

        /** Receipt not known at issue (the v1 form before it was added). */
        public FeeNoticeIssued(
                CaseTransitioned transition,
                String feeId,
                String mode,
                int units,
                BigDecimal amount,
                LocalDate noticeDate) {
            this(transition, feeId, mode, units, amount, noticeDate, null);
        }
    }

    /** The applicant received fee notice {@code feeId} on {@code receivedOn}: the 20 working days run from the next day. */
    public record FeeNoticeReceived(CaseTransitioned transition, String feeId, LocalDate receivedOn) {}

    /**
     * Art. 35: the number or frequency of the applicant's requests clearly exceeds a reasonable range, so the agency
     * asked the applicant on {@code requestedOn} to state reasons.
     */
    public record ReasonsRequested(CaseTransitioned transition, LocalDate requestedOn, String volumeObserved) {}

    /**
     * Art. 35: the agency's decision on the applicant's reasons. {@code decision} is REASONS_NOT_REASONABLE (the
     * request is not processed, 不予处理), REASONABLE (the ordinary reply period stands) or LONGER_PERIOD (reasonable
     * but the Art. 33 period cannot be met: {@code replyDueDate} is the longer reply date set by the head of the OGI
     * office, {@code setBy}, and told to the applicant on {@code applicantToldOn}; the reply clock follows it).
     */
    public record ExcessiveRequestsDecided(
            CaseTransitioned transition,
            String decision,
            LocalDate decidedOn,
            LocalDate reasonsReceivedOn,
            String reasons,
            LocalDate replyDueDate,
            String setBy,
            LocalDate applicantToldOn) {}

    public record FeePaid(CaseTransitioned transition, String feeId, LocalDate paidOn) {}

    /** A workflow step without facts of its own: draft submitted, secrecy review passed or returned, approval. */
    public record Stepped(CaseTransitioned transition, String comment) {}

    /**
     * The reply left the agency. {@code replyType} is a row of annual-report table 三 (e.g. WITHHELD_STATE_SECRET),
     * {@code outcomeGroup} its group (DISCLOSED, PARTIALLY_DISCLOSED, WITHHELD, CANNOT_PROVIDE, NOT_PROCESSED, OTHER).
     * {@code repeatOf}: for a repeat request (Art. 36(六)), the tracking number of the earlier, answered request.
     * {@code remediesTold}: whether the reply told the applicant of reconsideration and litigation, the body and the
     * periods (ARL 2023 Art. 20 ¶3, SPC ALL Interp. Art. 64: otherwise up to 1 year); null when not stated.
     * {@code replyTypeLabel}: the row's label in table 三 (e.g. 属于国家秘密), for letters others write about the reply;
     * null in events before it was added.
     * {@code letterText}/{@code letterSha256}: the reply letter as sent, so notification-service serves the very
     * letter (as PDF) without asking case-service; null on events before they were added.
     * Events from before a field existed decode through this (the only) constructor with that field null.
     */
    public record Replied(
            CaseTransitioned transition,
            String replyType,
            String outcomeGroup,
            LocalDate repliedOn,
            String legalBasis,
            String deliveryMethod,
            String applicantCategory,
            String repeatOf,
            Boolean remediesTold,
            String replyTypeLabel,
            String letterText,
            String letterSha256) {}

    /**
     * Art. 41 (2008: Art. 25): the agency checked the applicant's evidence that a record about the applicant is
     * inaccurate and decided on {@code decidedOn}. {@code outcome}: CORRECTED; FORWARDED to
     * {@code competentAgency}; APPLY_ELSEWHERE (the applicant was told to apply to {@code competentAgency});
     * REFUSED with {@code reasons}.
     */
    public record RecordCorrectionDecided(
            CaseTransitioned transition,
            String outcome,
            LocalDate decidedOn,
            String checkFindings,
            String competentAgency,
            String competentAgencyContact,
            String reasons,
            String deliveryMethod) {}

    public record Delivered(CaseTransitioned transition, String method, LocalDate deliveredOn, String proof) {}

    public record Closed(CaseTransitioned transition) {}

    /**
     * An appeal's decision ordered the agency to reply again (or to disclose): the case is answered anew, through
     * secrecy review and approval; the earlier reply stays on record. The new reply is due by {@code replyAgainBy}
     * or within {@code replyAgainWorkingDays} working days of service (deadline-service's REMAND_REPLY:<appeal>).
     */
    public record Reopened(
            CaseTransitioned transition,
            String appealNumber,
            String outcome,
            String documentNumber,
            LocalDate decidedOn,
            LocalDate servedOn,
            LocalDate replyAgainBy,
            Integer replyAgainWorkingDays) {}

    /**
     * The applicant withdrew the request on {@code withdrawnOn} (null on events before it existed).
     * {@code replyType}/{@code outcomeGroup}: the table 三 row the case counts in, so that 一 + 二 = （七） + 四 holds
     * (the row is a configured, UNCONFIRMED choice; null on older events).
     *
     * @param byApplicant true when the applicant withdrew online, false when staff recorded it
     */
    public record Withdrawn(
            CaseTransitioned transition,
            String reason,
            LocalDate withdrawnOn,
            String replyType,
            String outcomeGroup,
            boolean byApplicant) {}
}
