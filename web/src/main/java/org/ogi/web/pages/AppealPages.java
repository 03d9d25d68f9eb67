package org.ogi.web.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ogi.contracts.Roles;
import org.ogi.web.api.ApiProblem;
import org.ogi.web.api.AppealsApi;
import org.ogi.web.forms.AppealSteps;
import org.ogi.web.forms.FormJson;
import org.ogi.web.forms.Forms;
import org.ogi.web.forms.StepForm;

/** Legal staff: the agency's reconsiderations and suits, filing one, and each appeal's deadlines, history and steps. */
@Path("/staff/appeals")
@Blocking
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.LEGAL_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.REVIEWER})
public class AppealPages {

    @Inject
    @RestClient
    AppealsApi appeals;

    @Inject
    @Location("appeals.html")
    Template list;

    @Inject
    @Location("appeal.html")
    Template one;

    @GET
    public TemplateInstance appeals() {
        return listPage(Map.of("kind", "RECONSIDERATION", "procedure", "ORDINARY"), Map.of(), null);
    }

    private TemplateInstance listPage(Map<String, String> form, Map<String, String> errors, ApiProblem problem) {
        return list.data("appeals", appeals.appeals())
                .data("fields", AppealSteps.FILING)
                .data("form", form)
                .data("errors", errors)
                .data("problem", problem);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public Response file(MultivaluedMap<String, String> posted) {
        Map<String, String> form = Forms.values(posted);
        try {
            Map<String, Object> filed = appeals.file(FormJson.of(form, Set.of("trackingNumbers")));
            return Pages.seeOther("/staff/appeals/" + filed.get("appealNumber"));
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(listPage(form, problem.fieldErrors(), problem))
                    .build();
        }
    }

    @GET
    @Path("{number}")
    public TemplateInstance appeal(@PathParam("number") String number) {
        return page(number, null, Map.of());
    }

    private TemplateInstance page(String number, ApiProblem problem, Map<String, String> form) {
        Map<String, Object> appeal = appeals.appeal(number);
        @SuppressWarnings("unchecked")
        List<String> allowed = (List<String>) appeal.getOrDefault("allowedActions", List.of());
        return one.data("a", appeal)
                .data("steps", AppealSteps.forActions(allowed))
                .data("form", form)
                .data("errors", problem == null ? Map.of() : problem.fieldErrors())
                .data("problem", problem);
    }

    @POST
    @Path("{number}/steps/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.LEGAL_OFFICER)
    public Response step(
            @PathParam("number") String number,
            @PathParam("action") String action,
            MultivaluedMap<String, String> posted) {
        StepForm step = AppealSteps.of(action).orElseThrow(() -> new NotFoundException("no step " + action));
        Map<String, String> form = Forms.values(posted);
        try {
            appeals.step(number, step.path(), FormJson.of(form, step.listFields()));
            return Pages.seeOther("/staff/appeals/" + number);
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(page(number, problem, form))
                    .build();
        }
    }
}
