package org.ogi.cases.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ogi.cases.service.CaseSnapshot;
import org.ogi.cases.service.ConsultationSteps;
import org.ogi.cases.service.CorrectionSteps;
import org.ogi.cases.service.DraftingSteps;
import org.ogi.cases.service.FeeSteps;
import org.ogi.cases.service.ReasonsSteps;
import org.ogi.cases.service.RecordCorrectionSteps;
import org.ogi.cases.service.ReplySteps;
import org.ogi.contracts.Roles;
import org.ogi.platform.security.Caller;

/**
 * The workflow steps, each a POST of the sub-resource that records it; each answers the case's new state, version
 * and the caller's next actions.
 *
 * <p>Concurrency: send the version you saw as {@code If-Match} (the case's ETag); a stale version gets 409 with the
 * current state. Repeats: send an {@code Idempotency-Key}; a request repeated with the same key answers the case as
 * it is and takes no second effect. Without a key, a repeated step is refused as the state no longer allows it
 * (409), except for steps that keep the state (draft edits, assignments, consultations), which If-Match guards.
 */
// Everyone who takes part in the workflow; CaseWorkflow decides which role may take which step (403 otherwise).
@Path("/api/cases/{trackingNumber}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CASE_OFFICER, Roles.SECRECY_REVIEWER, Roles.REVIEWER, Roles.OGI_OFFICE_HEAD})
public class CaseWorkflowResource {

    private final Caller caller;
    private final CorrectionSteps correction;
    private final ConsultationSteps consultation;
    private final FeeSteps fees;
    private final DraftingSteps drafting;
    private final ReplySteps reply;
    private final ReasonsSteps reasons;
    private final RecordCorrectionSteps recordCorrection;

    CaseWorkflowResource(
            Caller caller,
            CorrectionSteps correction,
            ConsultationSteps consultation,
            FeeSteps fees,
            DraftingSteps drafting,
            ReplySteps reply,
            ReasonsSteps reasons,
            RecordCorrectionSteps recordCorrection) {
        this.caller = caller;
        this.correction = correction;
        this.consultation = consultation;
        this.fees = fees;
        this.drafting = drafting;
        this.reply = reply;
        this.reasons = reasons;
        this.recordCorrection = recordCorrection;
    }

    @POST
    @Path("acceptances")
    public Uni<Response> accept(@BeanParam StepTarget step, @Valid WorkflowInputs.Note input) {
        return respond(correction.accept(step.command(input), Staffs.of(caller)));
    }

    @POST
    @Path("correction-requests")
    public Uni<Response> requestCorrection(
            @BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.CorrectionRequest input) {
        return respond(correction.requestCorrection(
                step.command(input), Staffs.of(caller), input.itemsToCorrect(), input.periodWorkingDays()));
    }

    @POST
    @Path("corrections")
    public Uni<Response> recordCorrection(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Correction input) {
        return respond(
                correction.recordCorrection(step.command(input), Staffs.of(caller), input.correctedReceivedDate()));
    }

    /** 视为放弃 once the correction or fee period has run out. */
    @POST
    @Path("abandonments")
    public Uni<Response> abandon(@BeanParam StepTarget step, @Valid WorkflowInputs.Note input) {
        return respond(correction.abandon(step.command(input), Staffs.of(caller)));
    }

    @POST
    @Path("assignments")
    public Uni<Response> assign(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Assignment input) {
        return respond(drafting.assign(step.command(input), Staffs.of(caller), input.department(), input.officer()));
    }

    /** 201 with the consultation's URI; its id is the last segment, for recording the answer. */
    @POST
    @Path("consultations")
    public Uni<Response> startConsultation(
            @BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.ConsultationRequest input, UriInfo uri) {
        return consultation
                .start(
                        step.command(input),
                        Staffs.of(caller),
                        input.kind(),
                        input.party(),
                        input.letterSentOn(),
                        input.letterReceivedOn())
                .map(started -> {
                    CaseView view = CaseView.of(started.snapshot());
                    return Response.created(uri.getAbsolutePathBuilder()
                                    .path(started.consultationId())
                                    .build())
                            .entity(view)
                            .tag(tag(view))
                            .build();
                });
    }

    @POST
    @Path("consultations/{consultationId}/answers")
    public Uni<Response> answerConsultation(
            @BeanParam StepTarget step,
            @PathParam("consultationId") String consultationId,
            @NotNull @Valid WorkflowInputs.ConsultationAnswer input) {
        return respond(consultation.answer(
                step.command(input),
                Staffs.of(caller),
                consultationId,
                input.outcome(),
                input.answeredOn(),
                input.grounds()));
    }

    /** The day the consulted party received the letter, when it was not known at the start. */
    @POST
    @Path("consultations/{consultationId}/letter-receipts")
    public Uni<Response> recordConsultationLetterReceipt(
            @BeanParam StepTarget step,
            @PathParam("consultationId") String consultationId,
            @NotNull @Valid WorkflowInputs.ConsultationLetterReceipt input) {
        return respond(consultation.recordLetterReceipt(
                step.command(input), Staffs.of(caller), consultationId, input.letterReceivedOn()));
    }

    /** Art. 32: the written notice to an objecting third party before the disclosure. */
    @POST
    @Path("consultations/{consultationId}/disclosure-notices")
    public Uni<Response> notifyThirdParty(
            @BeanParam StepTarget step,
            @PathParam("consultationId") String consultationId,
            @NotNull @Valid WorkflowInputs.DisclosureNotice input) {
        return respond(consultation.notifyThirdParty(
                step.command(input),
                Staffs.of(caller),
                consultationId,
                input.notifiedOn(),
                input.informationToDisclose(),
                input.publicInterestReasons()));
    }

    @POST
    @Path("extensions")
    public Uni<Response> extend(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Extension input) {
        return respond(reply.extend(
                step.command(input), Staffs.of(caller), input.workingDays(), input.reason(), input.applicantToldOn()));
    }

    @POST
    @Path("fee-notices")
    public Uni<Response> issueFeeNotice(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.FeeNotice input) {
        return respond(fees.issueNotice(step.command(input), Staffs.of(caller), input.mode(), input.pages()));
    }

    /** The day the applicant received the fee notice; the payment period runs from the next day. */
    @POST
    @Path("fee-notice-receipts")
    public Uni<Response> recordFeeNoticeReceipt(
            @BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.FeeNoticeReceipt input) {
        return respond(fees.recordNoticeReceipt(step.command(input), Staffs.of(caller), input.receivedOn()));
    }

    /** Art. 35: ask the applicant to state reasons for the volume or frequency of their requests. */
    @POST
    @Path("reasons-requests")
    public Uni<Response> requestReasons(
            @BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.ReasonsRequest input) {
        return respond(reasons.requestReasons(step.command(input), Staffs.of(caller), input.volumeObserved()));
    }

    /** Art. 35: the decision of the head of the OGI office on the reasons, with a longer reply date where set. */
    @POST
    @Path("reasons-decisions")
    public Uni<Response> decideOnReasons(
            @BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.ReasonsDecisionInput input) {
        return respond(reasons.decide(step.command(input), Staffs.of(caller), input.decision()));
    }

    /** Art. 41: the answer to a request to correct a record about the applicant. */
    @POST
    @Path("record-correction-decisions")
    public Uni<Response> decideRecordCorrection(
            @BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.RecordCorrectionDecisionInput input) {
        return respond(recordCorrection.decide(
                step.command(input), Staffs.of(caller), input.decision(), input.deliveryMethod()));
    }

    @POST
    @Path("fee-payments")
    public Uni<Response> recordFeePayment(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.FeePayment input) {
        return respond(fees.recordPayment(step.command(input), Staffs.of(caller), input.paidOn()));
    }

    /** Creates or replaces the draft reply (type, decision fields and, optionally, the edited letter text). */
    @POST
    @Path("drafts")
    public Uni<Response> saveDraft(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Draft input) {
        return respond(drafting.saveDraft(step.command(input), Staffs.of(caller), input.content(), input.letterText()));
    }

    @POST
    @Path("draft-submissions")
    public Uni<Response> submitDraft(@BeanParam StepTarget step, @Valid WorkflowInputs.Note input) {
        return respond(drafting.submitDraft(step.command(input), Staffs.of(caller)));
    }

    @POST
    @Path("secrecy-reviews")
    public Uni<Response> secrecyReview(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.SecrecyReview input) {
        return respond(drafting.secrecyReview(
                step.command(input), Staffs.of(caller), input.outcome() == WorkflowInputs.ReviewOutcome.PASSED));
    }

    @POST
    @Path("approvals")
    public Uni<Response> approval(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Approval input) {
        return respond(drafting.approval(
                step.command(input), Staffs.of(caller), input.outcome() == WorkflowInputs.ApprovalOutcome.APPROVED));
    }

    @POST
    @Path("replies")
    public Uni<Response> reply(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Reply input) {
        return respond(reply.reply(step.command(input), Staffs.of(caller), input.repliedOn(), input.deliveryMethod()));
    }

    @POST
    @Path("deliveries")
    public Uni<Response> recordDelivery(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Delivery input) {
        return respond(reply.recordDelivery(
                step.command(input), Staffs.of(caller), input.method(), input.deliveredOn(), input.proof()));
    }

    @POST
    @Path("closures")
    public Uni<Response> close(@BeanParam StepTarget step, @Valid WorkflowInputs.Note input) {
        return respond(reply.close(step.command(input), Staffs.of(caller)));
    }

    @POST
    @Path("withdrawals")
    public Uni<Response> withdraw(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Withdrawal input) {
        return respond(reply.withdraw(step.command(input), Staffs.of(caller), input.withdrawnOn(), input.reason()));
    }

    private static Uni<Response> respond(Uni<CaseSnapshot> snapshot) {
        return snapshot.map(CaseView::of)
                .map(view -> Response.ok(view).tag(tag(view)).build());
    }

    private static EntityTag tag(CaseView view) {
        return new EntityTag(Long.toString(view.version()));
    }
}
