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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;
import org.ogi.contracts.Roles;
import org.ogi.web.api.ApiProblem;
import org.ogi.web.api.CaseApi;
import org.ogi.web.api.IntakeApi;
import org.ogi.web.api.NotificationApi;
import org.ogi.web.forms.Field;
import org.ogi.web.forms.FormJson;
import org.ogi.web.forms.Forms;
import org.ogi.web.forms.IntakeForm;

/**
 * The applicant portal: the applicant's own requests (intake-service shows an applicant only theirs) with where each
 * stands and its reply date (case-service's applicant view), submitting one on the web with attachments, its
 * acknowledgement, the inbox, withdrawing, and the reply letter once sent.
 */
@Path("/portal")
@Blocking
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.APPLICANT)
public class PortalPages {

    @Inject
    @RestClient
    IntakeApi intake;

    @Inject
    @RestClient
    CaseApi cases;

    @Inject
    @RestClient
    NotificationApi notifications;

    @Inject
    Clock clock;

    @Inject
    @Location("inbox.html")
    Template inbox;

    @Inject
    @Location("inboxItem.html")
    Template inboxItem;

    @Inject
    @Location("portal.html")
    Template list;

    @Inject
    @Location("portalNew.html")
    Template newRequest;

    @Inject
    @Location("portalRequest.html")
    Template one;

    @GET
    public TemplateInstance requests() {
        Sections<List<Map<String, Object>>> progress = Sections.read(cases::mine);
        Map<Object, Map<String, Object>> byNumber = new LinkedHashMap<>();
        if (progress.isPresent()) {
            progress.value().forEach(c -> byNumber.put(c.get("trackingNumber"), c));
        }
        // A request just submitted may not have reached case-service yet: it shows without a date.
        return list.data("page", intake.search(0, 100)).data("progress", byNumber);
    }

    @GET
    @Path("inbox")
    public TemplateInstance inbox() {
        return inbox.data("inbox", Sections.read(this::mine));
    }

    /**
     * Marks a notification read: htmx swaps in the item as it now stands; without JavaScript the form posts and the
     * inbox reloads. The form carries only the CSRF token, which quarkus-rest-csrf checks.
     */
    @POST
    @Path("inbox/{id}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markRead(
            @PathParam("id") String id, @HeaderParam("HX-Request") String htmx, MultivaluedMap<String, String> posted) {
        Map<String, Object> read = notifications.markRead(id);
        if (htmx == null) {
            return Pages.seeOther("/portal/inbox");
        }
        return Response.ok(inboxItem.data("n", shown(read))).build();
    }

    @GET
    @Path("new")
    public TemplateInstance form() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("applicant.type", "NATURAL_PERSON");
        defaults.put("applicant.idType", "RESIDENT_ID");
        defaults.put("delivery.form", "ELECTRONIC");
        defaults.put("delivery.method", "EMAIL");
        return newForm(defaults, Map.of(), null);
    }

    /** Submits on the web with an idempotency key kept in the form, so a second click submits nothing twice. */
    @POST
    @Path("new")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(MultipartFormDataInput posted) {
        Map<String, String> form = Forms.values(posted);
        String key = form.getOrDefault("_idempotencyKey", UUID.randomUUID().toString());
        form.put("channel", "WEB");
        try {
            Map<String, Object> saved = intake.register(key, FormJson.of(form));
            String trackingNumber = (String) saved.get("trackingNumber");
            Forms.file(posted, "attachment")
                    .ifPresent(file -> intake.attach(trackingNumber, file.fileName(), file.content()));
            return Pages.seeOther("/portal/requests/" + trackingNumber + "?submitted=1");
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            form.remove("channel");
            form.put("_idempotencyKey", key);
            return Response.status(400)
                    .entity(newForm(form, problem.fieldErrors(), problem))
                    .build();
        }
    }

    private TemplateInstance newForm(Map<String, String> form, Map<String, String> errors, ApiProblem problem) {
        List<Field.Option> agencies = intake.agencies().stream()
                .map(agency -> new Field.Option((String) agency.get("code"), (String) agency.get("name")))
                .toList();
        return newRequest
                .data("groups", IntakeForm.portal(agencies))
                .data("form", form)
                .data("errors", errors)
                .data("problem", problem);
    }

    @GET
    @Path("requests/{tn}")
    public TemplateInstance request(
            @PathParam("tn") String trackingNumber,
            @QueryParam("submitted") String submitted,
            @QueryParam("withdrawn") String withdrawn) {
        return requestPage(trackingNumber, null)
                .data("notice", submitted != null ? "submitted" : withdrawn != null ? "withdrawn" : "");
    }

    private TemplateInstance requestPage(String trackingNumber, ApiProblem problem) {
        return one.data("request", intake.request(trackingNumber))
                .data("progress", Sections.read(() -> cases.mine(trackingNumber)))
                .data("history", history(trackingNumber))
                .data("problem", problem);
    }

    /** The reply letter as it was sent; case-service refuses it (404) before the reply went out. */
    @GET
    @Path("requests/{tn}/reply-letter.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response replyLetter(@PathParam("tn") String trackingNumber) {
        return Pages.pdf(cases.myReplyLetter(trackingNumber), trackingNumber + "-reply-letter.pdf");
    }

    /** The applicant's inbox, each notification with the local day it was sent on ({@code day}, YYYY-MM-DD). */
    private List<Map<String, Object>> mine() {
        return notifications.mine().stream().map(this::shown).toList();
    }

    private Map<String, Object> shown(Map<String, Object> n) {
        Map<String, Object> shown = new LinkedHashMap<>(n);
        Object at = n.get("createdAt");
        shown.put(
                "day",
                at == null
                        ? ""
                        : OffsetDateTime.parse(at.toString())
                                .atZoneSameInstant(clock.getZone())
                                .toLocalDate()
                                .toString());
        return shown;
    }

    /** What the applicant was told about this request, from their inbox. */
    private Sections<List<Map<String, Object>>> history(String trackingNumber) {
        Sections<List<Map<String, Object>>> all = Sections.read(this::mine);
        return all.isPresent()
                ? new Sections<>(
                        all.value().stream()
                                .filter(n -> trackingNumber.equals(n.get("trackingNumber")))
                                .toList(),
                        null)
                : all;
    }

    @GET
    @Path("requests/{tn}/receipt.pdf")
    @Produces({"application/pdf", MediaType.TEXT_HTML})
    public Response receipt(@PathParam("tn") String trackingNumber) {
        return Pages.pdf(intake.receipt(trackingNumber), trackingNumber + "-receipt.pdf");
    }

    @POST
    @Path("requests/{tn}/withdrawal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("tn") String trackingNumber, MultivaluedMap<String, String> posted) {
        try {
            cases.withdrawOwn(trackingNumber, FormJson.of(Forms.values(posted)));
            return Pages.seeOther("/portal/requests/" + trackingNumber + "?withdrawn=1");
        } catch (ApiProblem problem) {
            if (problem.status() == 404) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(requestPage(trackingNumber, problem).data("notice", ""))
                    .build();
        }
    }
}
