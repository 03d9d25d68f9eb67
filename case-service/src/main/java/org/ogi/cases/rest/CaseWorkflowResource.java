package org.ogi.cases.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.ogi.cases.service.CaseCommand;
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
    public Uni<Response> accept(@PathParam("trackingNumber") String tn, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @Valid WorkflowInputs.Note input) {
        return respond(workflow.accept(command(tn, ifMatch, key, input), Staffs.of(caller)));
    }

    @POST
    @Path("correction-requests")
    public Uni<Response> requestCorrection(@PathParam("trackingNumber") String tn,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key,
            @NotNull @Valid WorkflowInputs.CorrectionRequest input) {
        return respond(workflow.requestCorrection(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    @POST
    @Path("corrections")
    public Uni<Response> recordCorrection(@PathParam("trackingNumber") String tn,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key,
            @NotNull @Valid WorkflowInputs.Correction input) {
        return respond(workflow.recordCorrection(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    /** 视为放弃 once the correction or fee period has run out. */
    @POST
    @Path("abandonments")
    public Uni<Response> abandon(@PathParam("trackingNumber") String tn, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @Valid WorkflowInputs.Note input) {
        return respond(workflow.abandon(command(tn, ifMatch, key, input), Staffs.of(caller)));
    }

    @POST
    @Path("assignments")
    public Uni<Response> assign(@PathParam("trackingNumber") String tn, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @NotNull @Valid WorkflowInputs.Assignment input) {
        return respond(workflow.assign(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    /** 201 with the consultation's URI; its id is the last segment, for recording the answer. */
    @POST
    @Path("consultations")
    public Uni<Response> startConsultation(@PathParam("trackingNumber") String tn,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key,
            @NotNull @Valid WorkflowInputs.ConsultationRequest input, UriInfo uri) {
        return workflow.startConsultation(command(tn, ifMatch, key, input), Staffs.of(caller), input)
                .map(started -> Response.created(uri.getAbsolutePathBuilder().path(started.consultationId()).build())
                        .entity(started.view()).tag(tag(started.view())).build());
    }

    @POST
    @Path("consultations/{consultationId}/answers")
    public Uni<Response> answerConsultation(@PathParam("trackingNumber") String tn,
            @PathParam("consultationId") String consultationId, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @NotNull @Valid WorkflowInputs.ConsultationAnswer input) {
        return respond(workflow.answerConsultation(command(tn, ifMatch, key, input), Staffs.of(caller),
                consultationId, input));
    }

    @POST
    @Path("extensions")
    public Uni<Response> extend(@PathParam("trackingNumber") String tn, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @NotNull @Valid WorkflowInputs.Extension input) {
        return respond(workflow.extend(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    @POST
    @Path("fee-notices")
    public Uni<Response> issueFeeNotice(@PathParam("trackingNumber") String tn,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key,
            @NotNull @Valid WorkflowInputs.FeeNotice input) {
        return respond(workflow.issueFeeNotice(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    @POST
    @Path("fee-payments")
    public Uni<Response> recordFeePayment(@PathParam("trackingNumber") String tn,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key,
            @NotNull @Valid WorkflowInputs.FeePayment input) {
        return respond(workflow.recordFeePayment(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    /** Creates or replaces the draft reply (type, decision fields and, optionally, the edited letter text). */
    @POST
    @Path("drafts")
    public Uni<Response> saveDraft(@PathParam("trackingNumber") String tn, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @NotNull @Valid WorkflowInputs.Draft input) {
        return respond(workflow.saveDraft(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    @POST
    @Path("draft-submissions")
    public Uni<Response> submitDraft(@PathParam("trackingNumber") String tn, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @Valid WorkflowInputs.Note input) {
        return respond(workflow.submitDraft(command(tn, ifMatch, key, input), Staffs.of(caller)));
    }

    @POST
    @Path("secrecy-reviews")
    public Uni<Response> secrecyReview(@PathParam("trackingNumber") String tn,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key,
            @NotNull @Valid WorkflowInputs.SecrecyReview input) {
        return respond(workflow.secrecyReview(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    @POST
    @Path("approvals")
    public Uni<Response> approval(@PathParam("trackingNumber") String tn, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @NotNull @Valid WorkflowInputs.Approval input) {
        return respond(workflow.approval(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    @POST
    @Path("replies")
    public Uni<Response> reply(@PathParam("trackingNumber") String tn, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @NotNull @Valid WorkflowInputs.Reply input) {
        return respond(workflow.reply(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    @POST
    @Path("deliveries")
    public Uni<Response> recordDelivery(@PathParam("trackingNumber") String tn,
            @HeaderParam("If-Match") String ifMatch, @HeaderParam("Idempotency-Key") String key,
            @NotNull @Valid WorkflowInputs.Delivery input) {
        return respond(workflow.recordDelivery(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    @POST
    @Path("closures")
    public Uni<Response> close(@PathParam("trackingNumber") String tn, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @Valid WorkflowInputs.Note input) {
        return respond(workflow.close(command(tn, ifMatch, key, input), Staffs.of(caller)));
    }

    @POST
    @Path("withdrawals")
    public Uni<Response> withdraw(@PathParam("trackingNumber") String tn, @HeaderParam("If-Match") String ifMatch,
            @HeaderParam("Idempotency-Key") String key, @NotNull @Valid WorkflowInputs.Withdrawal input) {
        return respond(workflow.withdraw(command(tn, ifMatch, key, input), Staffs.of(caller), input));
    }

    private static CaseCommand command(String tn, String ifMatch, String key, WorkflowInputs.Commented input) {
        return Staffs.command(tn, ifMatch, key, input == null ? null : input.comment());
    }

    private static Uni<Response> respond(Uni<CaseView> view) {
        return view.map(v -> Response.ok(v).tag(tag(v)).build());
    }

    private static EntityTag tag(CaseView view) {
        return new EntityTag(Long.toString(view.version()));
    }
}
