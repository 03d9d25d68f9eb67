package org.ogi.cases.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.ogi.law.ConsultationKind;
import org.ogi.cases.domain.ConsultationOutcome;
import org.ogi.cases.domain.DeliveryMethod;
import org.ogi.cases.domain.FeeSchedule;
import org.ogi.cases.domain.ReplyContent;
import org.ogi.cases.domain.ReplyType;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the workflow's POSTs; every one may carry a {@code comment} for the audit trail. */
public final class WorkflowInputs {

    static final String SINGLE_LINE = "[^\\p{Cntrl}]*";
    static final String MULTI_LINE = "(?s)[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    static final String NO_CONTROL = "must not contain control characters";

    private WorkflowInputs() {
    }

    /** Implemented by every body: the audit comment. */
    public interface Commented {
        String comment();
    }

    public record Note(@Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment)
            implements Commented {
    }

    public record CorrectionRequest(
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 1000) @Pattern(regexp = SINGLE_LINE,
                    message = NO_CONTROL) String> itemsToCorrect,
            @NotNull @Min(1) @Max(60) Integer periodWorkingDays,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    public record Correction(
            @NotNull LocalDate correctedReceivedDate,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    /** @param officer the assigned case officer's user id (token subject); their my-drafts queue lists the case */
    public record Assignment(
            @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String department,
            @NotBlank @Size(max = 200) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String officer,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    /** @param letterReceivedOn when the party received the letter, if known; its 15 working days run from it */
    public record ConsultationRequest(
            @NotNull ConsultationKind kind,
            @NotBlank @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String party,
            @NotNull LocalDate letterSentOn,
            LocalDate letterReceivedOn,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    /** @param answeredOn required for CONSENT and OBJECTION; @param grounds required for OBJECTION */
    public record ConsultationAnswer(
            @NotNull ConsultationOutcome outcome,
            LocalDate answeredOn,
            @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String grounds,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    public record Extension(
            @NotNull @Min(1) Integer workingDays,
            @NotBlank @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String reason,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    /** @param units the request's number in the applicant's month (PER_REQUEST) or the pages (PER_PAGE) */
    public record FeeNotice(
            @NotNull FeeSchedule mode,
            @NotNull @Min(1) @Max(100000) Integer units,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    public record FeePayment(
            @NotNull LocalDate paidOn,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    /**
     * The draft reply. {@code legalBasis} defaults to the type's article; {@code letterText} is the staff's edited
     * letter, or absent to generate it from the template.
     */
    public record Draft(
            @NotNull ReplyType replyType,
            boolean alreadyPublished,
            @Size(max = 1000) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String publicationLocation,
            ReplyType withheldGround,
            @Size(max = 1000) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String legalBasis,
            @Size(max = 10000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String reasons,
            boolean notThisAgency,
            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String responsibleAgency,
            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String responsibleAgencyContact,
            boolean responsibleAgencyUnknown,
            @Size(max = 500) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String reconsiderationBody,
            @Size(max = 50000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String letterText,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {

        public ReplyContent content() {
            String basis = legalBasis == null || legalBasis.isBlank() ? replyType.defaultLegalBasis() : legalBasis;
            return new ReplyContent(replyType, alreadyPublished, publicationLocation, withheldGround, basis, reasons,
                    notThisAgency, responsibleAgency, responsibleAgencyContact, responsibleAgencyUnknown,
                    reconsiderationBody);
        }
    }

    public enum ReviewOutcome { PASSED, RETURNED }

    public enum ApprovalOutcome { APPROVED, RETURNED }

    /** @param comment required when RETURNED: what to change */
    public record SecrecyReview(
            @NotNull ReviewOutcome outcome,
            @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    /** @param comment required when RETURNED: what to change */
    public record Approval(
            @NotNull ApprovalOutcome outcome,
            @Size(max = 5000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    /** @param repliedOn defaults to today */
    public record Reply(
            LocalDate repliedOn,
            @NotNull DeliveryMethod deliveryMethod,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    /** @param proof postal tracking number and signed date, e-mail address and time sent, or pickup signature */
    public record Delivery(
            @NotNull DeliveryMethod method,
            @NotNull LocalDate deliveredOn,
            @NotBlank @Size(max = 1000) @Pattern(regexp = SINGLE_LINE, message = NO_CONTROL) String proof,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }

    public record Withdrawal(
            @NotBlank @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String reason,
            @Size(max = 2000) @Pattern(regexp = MULTI_LINE, message = NO_CONTROL) String comment) implements Commented {
    }
}
