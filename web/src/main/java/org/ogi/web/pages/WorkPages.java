package org.ogi.web.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.ogi.contracts.Roles;
import org.ogi.web.api.ApiProblem;
import org.ogi.web.api.IntakeApi;
import org.ogi.web.forms.FormJson;
import org.ogi.web.forms.Forms;
import org.ogi.web.forms.IntakeForm;

/** The console's start (the viewer's work queues) and intake: registering a request and its receipt. */
@Path("/staff")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class WorkPages {

    @Inject
    @RestClient
    IntakeApi intake;

    @Inject
    Viewer viewer;

    @Inject
    WorkQueueViews queueViews;

    @Inject
    Clock clock;

    @Inject
    Template work;

    @Inject
    @Location("queues.html")
    Template queuesFragment;

    @Inject
    Template intakeForm;

    @Inject
    @Location("request.html")
    Template requestPage;

    @GET
    @RolesAllowed({
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.SECRECY_REVIEWER,
        Roles.REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN,
        Roles.SYSTEM_ADMIN
    })
    public Response myWork(@HeaderParam("HX-Request") String htmx) {
        if (!viewer.hasAny(Roles.CASE_OFFICER, Roles.SECRECY_REVIEWER, Roles.REVIEWER, Roles.OGI_OFFICE_HEAD)) {
            // Roles without a queue start where their work is.
            if (viewer.has(Roles.INTAKE_CLERK)) {
                return Pages.seeOther("/staff/intake");
            }
            if (viewer.has(Roles.LEGAL_OFFICER)) {
                return Pages.seeOther("/staff/appeals");
            }
            return Pages.seeOther("/staff/admin");
        }
        LocalDate today = LocalDate.now(clock);
        List<WorkQueueViews.QueueView> queues = queueViews.read(WorkQueueViews.ALL);
        // htmx refreshes the queues in place every minute (queues.html); a full load renders the page around them.
        Template shown = htmx != null ? queuesFragment : work;
        return Response.ok(shown.data("queues", queues).data("today", today)).build();
    }

    @GET
    @Path("intake")
    @RolesAllowed(Roles.INTAKE_CLERK)
    public TemplateInstance intakeForm() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("channel", "IN_PERSON");
        defaults.put("applicant.type", "NATURAL_PERSON");
        defaults.put("applicant.idType", "RESIDENT_ID");
        return intakeForm
                .data("groups", IntakeForm.STAFF)
                .data("form", defaults)
                .data("errors", Map.of())
                .data("problem", null);
    }

    /** Registers the request, then attaches the scan if one was chosen; refused input comes back marked. */
    @POST
    @Path("intake")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.INTAKE_CLERK)
    public Response register(MultipartFormDataInput posted) {
        Map<String, String> form = Forms.values(posted);
        String key = form.getOrDefault("_idempotencyKey", UUID.randomUUID().toString());
        try {
            Map<String, Object> saved = intake.register(key, FormJson.of(form));
            String trackingNumber = (String) saved.get("trackingNumber");
            Forms.file(posted, "scan")
                    .ifPresent(scan -> intake.attach(trackingNumber, scan.fileName(), scan.content()));
            return Pages.seeOther("/staff/requests/" + trackingNumber + "?registered");
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 422) {
                throw problem;
            }
            form.put("_idempotencyKey", key);
            return Response.status(problem.status())
                    .entity(intakeForm
                            .data("groups", IntakeForm.STAFF)
                            .data("form", form)
                            .data("errors", problem.fieldErrors())
                            .data("problem", problem))
                    .build();
        }
    }

    @GET
    @Path("requests/{tn}")
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.OGI_ADMIN})
    public TemplateInstance request(@PathParam("tn") String trackingNumber) {
        Map<String, Object> request = intake.request(trackingNumber);
        return requestPage
                .data("request", request)
                .data("attachments", Sections.read(() -> intake.attachments(trackingNumber)));
    }

    @GET
    @Path("requests/{tn}/receipt.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.OGI_ADMIN})
    public Response receipt(@PathParam("tn") String trackingNumber) {
        return Pages.pdf(intake.receipt(trackingNumber), trackingNumber + "-receipt.pdf");
    }

    /** The box "open a case by its tracking number". */
    @GET
    @Path("find")
    @RolesAllowed({
        Roles.CASE_OFFICER,
        Roles.SECRECY_REVIEWER,
        Roles.REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN
    })
    public Response find(@QueryParam("tn") String trackingNumber) {
        String tn = trackingNumber == null ? "" : trackingNumber.strip();
        return Pages.seeOther(
                tn.isEmpty() ? "/staff" : "/staff/cases/" + URLEncoder.encode(tn, StandardCharsets.UTF_8));
    }
}
