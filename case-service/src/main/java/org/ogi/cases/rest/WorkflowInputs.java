package org.ogi.cases.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.ogi.cases.domain.ConsultationOutcome;
import org.ogi.cases.domain.DeliveryMethod;
import org.ogi.cases.domain.FeeSchedule;
import org.ogi.cases.domain.ReasonsDecision;
import org.ogi.cases.domain.RecordCorrectionDecision;
import org.ogi.cases.domain.ReplyContent;
import org.ogi.cases.domain.ReplyType;
import org.ogi.law.ConsultationKind;

/** The bodies of the workflow's POSTs; every one may carry a {@code comment} for the audit trail. */
public final class WorkflowInputs {

    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";
    static final String MULTI_LINE = "(?s)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    static final String NO_CONTROL = "must not contain control characters";

    private WorkflowInputs() {}

    /** Implemented by every body: the audit comment. */
    public interface Commented {
        String comment();
    }

    public record Note(
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment) implements Commented {}

    public record CorrectionRequest(
            @NotEmpty @Size(max = 50)
            List<@NotBlank @Size(max = 1000) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String>
                    itemsToCorrect,

            @NotNull @Min(1) @Max(60) Integer periodWorkingDays,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    public record Correction(
            @NotNull LocalDate correctedReceivedDate,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** @param officer the assigned case officer's user id (token subject); their my-drafts queue lists the case */
    public record Assignment(
            @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String department,

            @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String officer,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** @param letterReceivedOn when the party received the letter, if known; its 15 working days run from it */
    public record ConsultationRequest(
            @NotNull ConsultationKind kind,

            @NotBlank @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String party,

            @NotNull LocalDate letterSentOn,
            LocalDate letterReceivedOn,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** @param answeredOn required for CONSENT and OBJECTION; @param grounds required for OBJECTION */
    public record ConsultationAnswer(
            @NotNull ConsultationOutcome outcome,
            LocalDate answeredOn,

            @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String grounds,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** @param applicantToldOn the day the applicant was told of the extension, within the reply period (Art. 33 ¶2) */
    public record Extension(
            @NotNull @Min(1) Integer workingDays,

            @NotBlank @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String reason,

            @NotNull LocalDate applicantToldOn,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /**
     * @param pages the pages to provide, for PER_PAGE only; PER_REQUEST charges by the applicant's requests in the
     *              calendar month as intake counted them
     */
    public record FeeNotice(
            @NotNull FeeSchedule mode,
            @Min(1) @Max(100000) Integer pages,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** @param receivedOn the day the applicant received the fee notice */
    public record FeeNoticeReceipt(
            @NotNull LocalDate receivedOn,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** @param letterReceivedOn the day the consulted party received the consultation letter */
    public record ConsultationLetterReceipt(
            @NotNull LocalDate letterReceivedOn,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** Art. 32: the written notice to an objecting third party before disclosure in the public interest. */
    public record DisclosureNotice(
            @NotNull LocalDate notifiedOn,

            @NotBlank @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String informationToDisclose,

            @NotBlank @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String publicInterestReasons,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** Art. 35: @param volumeObserved how many requests, how often, beyond a reasonable range */
    public record ReasonsRequest(
            @NotBlank @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String volumeObserved,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /**
     * Art. 35: the decision on the applicant's reasons. {@code replyDueDate} and {@code applicantToldOn} only with
     * LONGER_PERIOD: the longer reply date the head of the OGI office set and the day the applicant was told.
     */
    public record ReasonsDecisionInput(
            @NotNull ReasonsDecision.Outcome outcome,
            LocalDate reasonsReceivedOn,

            @NotBlank @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String assessment,

            LocalDate replyDueDate,
            LocalDate applicantToldOn,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {

        public ReasonsDecision decision() {
            return new ReasonsDecision(outcome, reasonsReceivedOn, assessment, replyDueDate, applicantToldOn);
        }
    }

    /** Art. 41: the check of the evidence and its outcome, sent to the applicant today by {@code deliveryMethod}. */
    public record RecordCorrectionDecisionInput(
            @NotNull RecordCorrectionDecision.Outcome outcome,

            @NotBlank @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String checkFindings,

            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String competentAgency,

            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String competentAgencyContact,

            @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String reasons,

            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String reconsiderationBody,

            @NotNull DeliveryMethod deliveryMethod,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {

        public RecordCorrectionDecision decision() {
            return new RecordCorrectionDecision(
                    outcome, checkFindings, competentAgency, competentAgencyContact, reasons, reconsiderationBody);
        }
    }

    public record FeePayment(
            @NotNull LocalDate paidOn,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /**
     * The draft reply. {@code legalBasis} defaults to the article of the type and variant (36(一) already published,
     * 36(五) another agency's, 36(四) does not exist; the 2008 articles for requests received before 2019-05-15);
     * {@code letterText} is the staff's edited letter, or absent to generate it from the template.
     *
     * @param repeatOf              Art. 36(六): the tracking number of the earlier request the agency already
     *                              answered. Intake's POSSIBLE_REPEAT flag (same applicant, similar title within 12
     *                              months) only suggests candidates; the legal test is this answered request.
     * @param specialLaw            Art. 36(七): the law or administrative regulation to proceed under
     * @param publicInterestReasons Art. 32: why information is disclosed over a third party's reasoned objection
     */
    public record Draft(
            @NotNull ReplyType replyType,
            boolean alreadyPublished,

            @Size(max = 1000) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String publicationLocation,

            ReplyType withheldGround,

            @Size(max = 1000) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String legalBasis,

            @Size(max = 10000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String reasons,

            boolean notThisAgency,

            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String responsibleAgency,

            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String responsibleAgencyContact,

            boolean responsibleAgencyUnknown,

            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String reconsiderationBody,

            @Size(max = 50) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String repeatOf,

            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String specialLaw,

            @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String publicInterestReasons,

            @Size(max = 50000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String letterText,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {

        public ReplyContent content() {
            return new ReplyContent(
                    replyType,
                    alreadyPublished,
                    publicationLocation,
                    withheldGround,
                    legalBasis,
                    reasons,
                    notThisAgency,
                    responsibleAgency,
                    responsibleAgencyContact,
                    responsibleAgencyUnknown,
                    reconsiderationBody,
                    repeatOf,
                    specialLaw,
                    publicInterestReasons);
        }
    }

    public enum ReviewOutcome {
        PASSED,
        RETURNED
    }

    public enum ApprovalOutcome {
        APPROVED,
        RETURNED
    }

    /** @param comment required when RETURNED: what to change */
    public record SecrecyReview(
            @NotNull ReviewOutcome outcome,

            @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** @param comment required when RETURNED: what to change */
    public record Approval(
            @NotNull ApprovalOutcome outcome,

            @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** @param repliedOn defaults to today */
    public record Reply(
            LocalDate repliedOn,
            @NotNull DeliveryMethod deliveryMethod,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** @param proof postal tracking number and signed date, e-mail address and time sent, or pickup signature */
    public record Delivery(
            @NotNull DeliveryMethod method,
            @NotNull LocalDate deliveredOn,

            @NotBlank @Size(max = 1000) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL)
            String proof,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** @param withdrawnOn the day the applicant withdrew; defaults to today */
    public record Withdrawal(
            LocalDate withdrawnOn,

            @NotBlank @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String reason,

            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String comment)
            implements Commented {}

    /** The applicant's own withdrawal; the reason is optional. */
    public record ApplicantWithdrawal(
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL)
            String reason) implements Commented {

        @Override
        public String comment() {
            return null;
        }
    }
}
