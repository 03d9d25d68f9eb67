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
import org.ogi.cases.service.CaseWorkflowService;
import org.ogi.platform.security.Caller;
import org.ogi.platform.security.Roles;

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
    private final CaseWorkflowService workflow;

    CaseWorkflowResource(Caller caller, CaseWorkflowService workflow) {
        this.caller = caller;
        this.workflow = workflow;
    }

    @POST
    @Path("acceptances")
    public Uni<Response> accept(@BeanParam StepTarget step, @Valid WorkflowInputs.Note input) {
        return respond(workflow.accept(step.command(input), Staffs.of(caller)));
    }

    @POST
    @Path("correction-requests")
    public Uni<Response> requestCorrection(@BeanParam StepTarget step,
            @NotNull @Valid WorkflowInputs.CorrectionRequest input) {
        return respond(workflow.requestCorrection(step.command(input), Staffs.of(caller), input));
    }

    @POST
    @Path("corrections")
    public Uni<Response> recordCorrection(@BeanParam StepTarget step,
            @NotNull @Valid WorkflowInputs.Correction input) {
        return respond(workflow.recordCorrection(step.command(input), Staffs.of(caller), input));
    }

    /** 视为放弃 once the correction or fee period has run out. */
    @POST
    @Path("abandonments")
    public Uni<Response> abandon(@BeanParam StepTarget step, @Valid WorkflowInputs.Note input) {
        return respond(workflow.abandon(step.command(input), Staffs.of(caller)));
    }

    @POST
    @Path("assignments")
    public Uni<Response> assign(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Assignment input) {
        return respond(workflow.assign(step.command(input), Staffs.of(caller), input));
    }

    /** 201 with the consultation's URI; its id is the last segment, for recording the answer. */
    @POST
    @Path("consultations")
    public Uni<Response> startConsultation(@BeanParam StepTarget step,
            @NotNull @Valid WorkflowInputs.ConsultationRequest input, UriInfo uri) {
        return workflow.startConsultation(step.command(input), Staffs.of(caller), input)
                .map(started -> Response.created(uri.getAbsolutePathBuilder().path(started.consultationId()).build())
                        .entity(started.view()).tag(tag(started.view())).build());
    }

    @POST
    @Path("consultations/{consultationId}/answers")
    public Uni<Response> answerConsultation(@BeanParam StepTarget step,
            @PathParam("consultationId") String consultationId,
            @NotNull @Valid WorkflowInputs.ConsultationAnswer input) {
        return respond(workflow.answerConsultation(step.command(input), Staffs.of(caller), consultationId, input));
    }

    @POST
    @Path("extensions")
    public Uni<Response> extend(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Extension input) {
        return respond(workflow.extend(step.command(input), Staffs.of(caller), input));
    }

    @POST
    @Path("fee-notices")
    public Uni<Response> issueFeeNotice(@BeanParam StepTarget step,
            @NotNull @Valid WorkflowInputs.FeeNotice input) {
        return respond(workflow.issueFeeNotice(step.command(input), Staffs.of(caller), input));
    }

    @POST
    @Path("fee-payments")
    public Uni<Response> recordFeePayment(@BeanParam StepTarget step,
            @NotNull @Valid WorkflowInputs.FeePayment input) {
        return respond(workflow.recordFeePayment(step.command(input), Staffs.of(caller), input));
    }

    /** Creates or replaces the draft reply (type, decision fields and, optionally, the edited letter text). */
    @POST
    @Path("drafts")
    public Uni<Response> saveDraft(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Draft input) {
        return respond(workflow.saveDraft(step.command(input), Staffs.of(caller), input));
    }

    @POST
    @Path("draft-submissions")
    public Uni<Response> submitDraft(@BeanParam StepTarget step, @Valid WorkflowInputs.Note input) {
        return respond(workflow.submitDraft(step.command(input), Staffs.of(caller)));
    }

    @POST
    @Path("secrecy-reviews")
    public Uni<Response> secrecyReview(@BeanParam StepTarget step,
            @NotNull @Valid WorkflowInputs.SecrecyReview input) {
        return respond(workflow.secrecyReview(step.command(input), Staffs.of(caller), input));
    }

    @POST
    @Path("approvals")
    public Uni<Response> approval(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Approval input) {
        return respond(workflow.approval(step.command(input), Staffs.of(caller), input));
    }

    @POST
    @Path("replies")
    public Uni<Response> reply(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Reply input) {
        return respond(workflow.reply(step.command(input), Staffs.of(caller), input));
    }

    @POST
    @Path("deliveries")
    public Uni<Response> recordDelivery(@BeanParam StepTarget step,
            @NotNull @Valid WorkflowInputs.Delivery input) {
        return respond(workflow.recordDelivery(step.command(input), Staffs.of(caller), input));
    }

    @POST
    @Path("closures")
    public Uni<Response> close(@BeanParam StepTarget step, @Valid WorkflowInputs.Note input) {
        return respond(workflow.close(step.command(input), Staffs.of(caller)));
    }

    @POST
    @Path("withdrawals")
    public Uni<Response> withdraw(@BeanParam StepTarget step, @NotNull @Valid WorkflowInputs.Withdrawal input) {
        return respond(workflow.withdraw(step.command(input), Staffs.of(caller), input));
    }

    private static Uni<Response> respond(Uni<CaseView> view) {
        return view.map(v -> Response.ok(v).tag(tag(v)).build());
    }

    private static EntityTag tag(CaseView view) {
        return new EntityTag(Long.toString(view.version()));
    }
}
