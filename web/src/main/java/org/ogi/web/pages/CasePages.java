package org.ogi.web.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ogi.contracts.Roles;
import org.ogi.web.api.ApiProblem;
import org.ogi.web.api.AppealsApi;
import org.ogi.web.api.CaseApi;
import org.ogi.web.api.DeadlineApi;
import org.ogi.web.api.IntakeApi;
import org.ogi.web.api.NotificationApi;
import org.ogi.web.forms.CaseSteps;
import org.ogi.web.forms.DraftForm;
import org.ogi.web.forms.FormJson;
import org.ogi.web.forms.Forms;
import org.ogi.web.forms.StepForm;

/**
 * A case: its state and facts from case-service, the request from intake, the clocks from deadline-service, what
 * notification-service sent and the appeals; the steps the case lists for the viewer as buttons with their forms;
 * drafting the reply and its letter.
 */
@Path("/staff/cases/{tn}")
@Blocking
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({
    Roles.CASE_OFFICER,
    Roles.SECRECY_REVIEWER,
    Roles.REVIEWER,
    Roles.OGI_OFFICE_HEAD,
    Roles.LEGAL_OFFICER,
    Roles.OGI_ADMIN,
    Roles.INTAKE_CLERK
})
public class CasePages {

    /** The step whose form came back refused, to show open with the typed values and the errors. */
    @TemplateData
    public record Refused(String action, Map<String, String> form, ApiProblem problem) {}

    /** A step's form as shown: empty, or as it came back refused. */
    @TemplateData
    public record StepView(StepForm step, Map<String, String> values, Map<String, String> errors, boolean open) {

        static StepView of(StepForm step, Refused refused) {
            boolean mine = refused != null && refused.action().equals(step.action());
            return new StepView(
                    step,
                    mine ? refused.form() : Map.of(),
                    mine ? refused.problem().fieldErrors() : Map.of(),
                    mine);
        }
    }

    @Inject
    @RestClient
    CaseApi cases;

    @Inject
    @RestClient
    IntakeApi intake;

    @Inject
    @RestClient
    DeadlineApi deadlines;

    @Inject
    @RestClient
    NotificationApi notifications;

    @Inject
    @RestClient
    AppealsApi appeals;

    @Inject
    @Location("case.html")
    Template casePage;

    @Inject
    @Location("draft.html")
    Template draftPage;

    @Inject
    @Location("review.html")
    Template reviewPage;

    @Inject
    Viewer viewer;

    /** The review screens: which decision each takes and the steps that record it. */
    enum Review {
        SECRECY("保密审查", "SECRECY_REVIEW", "PASS_SECRECY_REVIEW", "RETURN_FROM_SECRECY_REVIEW"),
        APPROVAL("审核批准", "APPROVAL", "APPROVE", "RETURN_FROM_APPROVAL");

        final String title;
        final String state;
        final List<String> actions;

        Review(String title, String state, String... actions) {
            this.title = title;
            this.state = state;
            this.actions = List.of(actions);
        }
    }

    /** Where a decision taken on a review screen leads back to: the reviewers' work screen. */
    private static final String REVIEWS = "/staff/reviews";

    @GET
    public TemplateInstance view(@PathParam("tn") String trackingNumber) {
        return page(trackingNumber, null);
    }

    private TemplateInstance page(String trackingNumber, Refused refused) {
        Map<String, Object> found = cases.caseOf(trackingNumber);
        @SuppressWarnings("unchecked")
        List<String> allowed = (List<String>) found.getOrDefault("allowedActions", List.of());
        List<StepView> steps = CaseSteps.forActions(allowed).stream()
                .map(step -> StepView.of(step, refused))
                .toList();
        return casePage.data("c", found)
                .data("steps", steps)
                .data("canDraft", allowed.contains("SAVE_DRAFT"))
                .data("request", Sections.read(() -> intake.request(trackingNumber)))
                .data("deadlines", Sections.read(() -> deadlines.deadlines(trackingNumber)))
                .data("audit", Sections.read(() -> cases.audit(trackingNumber)))
                .data("draft", Sections.read(() -> cases.draft(trackingNumber)))
                .data("notifications", Sections.read(() -> notifications.ofCase(trackingNumber)))
                .data("appeals", Sections.read(() -> appeals.ofCase(trackingNumber)))
                .data("refused", refused);
    }

    /** The secrecy review's screen: the draft letter, who wrote it, the decision. */
    @GET
    @Path("secrecy-review")
    @RolesAllowed({Roles.SECRECY_REVIEWER, Roles.OGI_OFFICE_HEAD})
    public TemplateInstance secrecyReview(@PathParam("tn") String trackingNumber) {
        return review(trackingNumber, Review.SECRECY);
    }

    /** The approval's screen, with four eyes: whoever wrote or submitted the draft is shown and may not approve. */
    @GET
    @Path("approval")
    @RolesAllowed({Roles.REVIEWER, Roles.OGI_OFFICE_HEAD})
    public TemplateInstance approval(@PathParam("tn") String trackingNumber) {
        return review(trackingNumber, Review.APPROVAL);
    }

    private TemplateInstance review(String trackingNumber, Review review) {
        Map<String, Object> found = cases.caseOf(trackingNumber);
        @SuppressWarnings("unchecked")
        List<String> allowed = (List<String>) found.getOrDefault("allowedActions", List.of());
        List<StepView> steps = CaseSteps.forActions(allowed).stream()
                .filter(step -> review.actions.contains(step.action()))
                .map(step -> StepView.of(step, null))
                .toList();
        Sections<List<Map<String, Object>>> audit = Sections.read(() -> cases.audit(trackingNumber));
        // Who wrote or submitted the draft (the service applies four eyes to the same audit rows).
        List<Map<String, Object>> drafting = audit.isPresent()
                ? audit.value().stream()
                        .filter(e -> List.of("SAVE_DRAFT", "SUBMIT_DRAFT").contains(e.get("action")))
                        .toList()
                : List.of();
        List<String> drafters = drafting.stream()
                .map(e -> String.valueOf(e.get("userName") != null ? e.get("userName") : e.get("userId")))
                .distinct()
                .toList();
        boolean selfDrafted = drafting.stream().anyMatch(e -> viewer.getUserId().equals(e.get("userId")));
        return reviewPage
                .data("c", found)
                .data("title", review.title)
                .data("approval", review == Review.APPROVAL)
                .data("waiting", review.state.equals(found.get("state")))
                .data("steps", steps)
                .data("draft", Sections.read(() -> cases.draft(trackingNumber)))
                .data("drafters", drafters)
                .data("selfDrafted", selfDrafted)
                .data("next", REVIEWS);
    }

    /** One workflow step: POSTs the form as the step's body with the version the viewer saw. */
    @POST
    @Path("steps/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(
            @PathParam("tn") String trackingNumber,
            @PathParam("action") String action,
            MultivaluedMap<String, String> posted) {
        StepForm step = CaseSteps.of(action).orElseThrow(() -> new NotFoundException("no step " + action));
        Map<String, String> form = Forms.values(posted);
        String version = form.remove("_version");
        // A decision taken on a review screen returns to the reviewers' list; nothing else is a place to go.
        String next = REVIEWS.equals(form.remove("_next")) ? REVIEWS : "/staff/cases/" + trackingNumber;
        Map<String, String> body = new LinkedHashMap<>(form);
        step.pathVariables().forEach(body::remove);
        try {
            cases.step(
                    trackingNumber,
                    step.pathFor(form),
                    version == null ? null : "\"" + version + "\"",
                    FormJson.of(body, step.listFields()));
            return Pages.seeOther(next);
        } catch (ApiProblem problem) {
            if (problem.status() == 404 && problem.fieldErrors().isEmpty()) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(trackingNumber, new Refused(action, form, problem)))
                    .build();
        }
    }

    @GET
    @Path("draft")
    public TemplateInstance draft(@PathParam("tn") String trackingNumber) {
        Map<String, Object> found = cases.caseOf(trackingNumber);
        Sections<Map<String, Object>> draft = Sections.read(() -> cases.draft(trackingNumber));
        return draftPage
                .data("c", found)
                .data("fields", DraftForm.FIELDS)
                .data("form", draft.isPresent() ? DraftForm.values(draft.value()) : Map.of("replyType", "DISCLOSED"))
                .data("errors", Map.of())
                .data("problem", null)
                .data("draft", draft);
    }

    @POST
    @Path("draft")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveDraft(@PathParam("tn") String trackingNumber, MultivaluedMap<String, String> posted) {
        Map<String, String> form = Forms.values(posted);
        String version = form.remove("_version");
        try {
            cases.step(trackingNumber, "drafts", version == null ? null : "\"" + version + "\"", FormJson.of(form));
            return Pages.seeOther("/staff/cases/" + trackingNumber + "/draft?saved");
        } catch (ApiProblem problem) {
            if (problem.status() == 404 && problem.fieldErrors().isEmpty()) {
                throw problem;
            }
            Map<String, Object> found = cases.caseOf(trackingNumber);
            return Response.status(problem.status())
                    .entity(draftPage
                            .data("c", found)
                            .data("fields", DraftForm.FIELDS)
                            .data("form", form)
                            .data("errors", problem.fieldErrors())
                            .data("problem", problem)
                            .data("draft", Sections.read(() -> cases.draft(trackingNumber))))
                    .build();
        }
    }

    @GET
    @Path("letter.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response letter(@PathParam("tn") String trackingNumber) {
        return Pages.pdf(cases.replyLetter(trackingNumber), trackingNumber + "-reply-letter.pdf");
    }
}
