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
        Map<String, String> body = new LinkedHashMap<>(form);
        step.pathVariables().forEach(body::remove);
        try {
            cases.step(
                    trackingNumber,
                    step.pathFor(form),
                    version == null ? null : "\"" + version + "\"",
                    FormJson.of(body, step.listFields()));
            return Pages.seeOther("/staff/cases/" + trackingNumber);
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
