package org.ogi.intake.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.ogi.contracts.Roles;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.RequestStatus;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.intake.service.Attachments;
import org.ogi.intake.service.Receipts;
import org.ogi.intake.service.Registrations;
import org.ogi.intake.service.RequestReads;
import org.ogi.intake.service.Requester;
import org.ogi.intake.service.Submissions;
import org.ogi.platform.logging.LogContext;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;

@Path("/api/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    private static final Logger LOG = Logger.getLogger(RequestResource.class);
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Submissions submissions;
    private final Registrations registrations;
    private final RequestReads reads;
    private final Receipts receipts;
    private final Attachments attachments;
    private final Caller caller;

    RequestResource(
            Submissions submissions,
            Registrations registrations,
            RequestReads reads,
            Receipts receipts,
            Attachments attachments,
            Caller caller) {
        this.submissions = submissions;
        this.registrations = registrations;
        this.reads = reads;
        this.receipts = receipts;
        this.attachments = attachments;
        this.caller = caller;
    }

    /**
     * A clerk registers paper, fax, counter and oral requests for their agency; an applicant submits their own on
     * the web to an agency of the directory, with an {@code Idempotency-Key}: a retry with the same key and body
     * answers 200 with the first request, the same key with another body 422.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.APPLICANT})
    public Uni<Response> register(
            @NotNull @Valid RegistrationRequest request,
            @HeaderParam(IDEMPOTENCY_KEY)
                    @Size(max = 100)
                    @Pattern(regexp = "[\\x21-\\x7E]+", message = "must be printable ASCII without spaces")
                    String idempotencyKey,
            UriInfo uri) {
        return submissions
                .submit(request.command(), requester(), idempotencyKey)
                .map(outcome -> {
                    InformationRequestEntity saved = outcome.request();
                    if (outcome.replayed()) {
                        return Response.ok(view(saved))
                                .header("Location", "/api/requests/" + saved.trackingNumber)
                                .build();
                    }
                    MDC.put(LogContext.TRACKING_NUMBER, saved.trackingNumber);
                    LOG.infof(
                            "registered %s request, status %s, received %s, flags %s",
                            saved.channel, saved.status, saved.receivedDate, Arrays.toString(saved.flags));
                    return Response.created(uri.getAbsolutePathBuilder()
                                    .path(saved.trackingNumber)
                                    .build())
                            .entity(view(saved))
                            .build();
                });
    }

    @GET
    @RolesAllowed({
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN,
        Roles.APPLICANT
    })
    public Uni<RequestPage> search(
            @QueryParam("channel") String channel,
            @QueryParam("status") String status,
            @QueryParam("receivedFrom") LocalDate receivedFrom,
            @QueryParam("receivedTo") LocalDate receivedTo,
            @QueryParam("applicantName") @Size(max = 200) String applicantName,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        List<Problem.FieldError> errors = new ArrayList<>();
        checkEnum("channel", channel, Channel.class, errors);
        checkEnum("status", status, RequestStatus.class, errors);
        if (receivedFrom != null && receivedTo != null && receivedFrom.isAfter(receivedTo)) {
            errors.add(new Problem.FieldError("receivedFrom", "must not be after receivedTo"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        RequestReads.Filter filter = new RequestReads.Filter(
                channel == null ? null : Channel.valueOf(channel),
                status == null ? null : RequestStatus.valueOf(status),
                receivedFrom,
                receivedTo,
                applicantName == null || applicantName.isBlank() ? null : applicantName.strip());
        return reads.search(filter, requester(), page, size)
                .map(result ->
                        new RequestPage(result.items().stream().map(this::view).toList(), page, size, result.total()));
    }

    @GET
    @Path("{trackingNumber}")
    @RolesAllowed({
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN,
        Roles.APPLICANT
    })
    public Uni<RequestView> get(@PathParam("trackingNumber") String trackingNumber) {
        return reads.get(trackingNumber, requester()).map(this::view);
    }

    /** Sets the received date of a posted or faxed request that waited for the confirmation of Art. 31. */
    @POST
    @Path("{trackingNumber}/confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTAKE_CLERK)
    public Uni<RequestView> confirm(@PathParam("trackingNumber") String trackingNumber, Confirmation confirmation) {
        Optional<LocalDate> on = Optional.ofNullable(confirmation).map(Confirmation::confirmedOn);
        return registrations
                .confirm(trackingNumber, on, caller.staffAgency(), caller.userName())
                .map(saved -> {
                    LOG.infof("confirmed %s request, received %s", saved.channel, saved.receivedDate);
                    return view(saved);
                });
    }

    /** The 回执 of a counter or oral request, or the acknowledgement of a web, letter or fax request. */
    @GET
    @Path("{trackingNumber}/receipt.pdf")
    @Produces({"application/pdf", Problem.MEDIA_TYPE})
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.OGI_ADMIN, Roles.APPLICANT})
    public Uni<Response> receipt(@PathParam("trackingNumber") String trackingNumber) {
        return receipts.print(trackingNumber, requester())
                .map(pdf -> Response.ok(pdf, "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"" + trackingNumber + ".pdf\"")
                        .build());
    }

    /**
     * Adds a scan, fax image or identity document copy (PDF, JPEG or PNG, at most 10 MB, type checked from the
     * content); the body is the file itself.
     */
    @POST
    @Path("{trackingNumber}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.APPLICANT})
    public Uni<Response> attach(
            @PathParam("trackingNumber") String trackingNumber,
            @QueryParam("fileName")
                    @Size(max = 200)
                    @Pattern(regexp = "[^\\p{Cntrl}/\\\\]*", message = "must be a plain file name")
                    String fileName,
            byte[] content,
            UriInfo uri) {
        Attachments.check(content);
        return attachments
                .add(trackingNumber, requester()::sees, fileName, content, caller.userName())
                .map(saved -> Response.created(uri.getAbsolutePathBuilder()
                                .path(String.valueOf(saved.id))
                                .build())
                        .entity(AttachmentView.of(saved))
                        .build());
    }

    @GET
    @Path("{trackingNumber}/attachments")
    @RolesAllowed({
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN
    })
    public Uni<List<AttachmentView>> attachments(@PathParam("trackingNumber") String trackingNumber) {
        return reads.attachments(trackingNumber, requester())
                .map(summaries -> summaries.stream().map(AttachmentView::of).toList());
    }

    /** The stored file, for staff of the agency only: identity document copies are among them. */
    @GET
    @Path("{trackingNumber}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN
    })
    public Uni<Response> download(@PathParam("trackingNumber") String trackingNumber, @PathParam("id") long id) {
        return reads.attachment(trackingNumber, id, requester())
                .map(file -> Response.ok(file.content, file.mediaType)
                        .header("Digest", "sha-256=" + file.sha256)
                        .header("Content-Disposition", "attachment; filename=\"attachment-" + file.id + "\"")
                        .build());
    }

    private Requester requester() {
        return new Requester(
                caller.agency().orElse(null),
                caller.userId(),
                caller.userName(),
                caller.hasRole(Roles.INTAKE_CLERK),
                caller.hasRole(Roles.APPLICANT));
    }

    private static <E extends Enum<E>> void checkEnum(
            String field, String value, Class<E> type, List<Problem.FieldError> errors) {
        if (value != null
                && Arrays.stream(type.getEnumConstants())
                        .noneMatch(c -> c.name().equals(value))) {
            errors.add(new Problem.FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
        }
    }

    /** Only the clerk who checks identity documents needs the full number; only staff see the repeat hint. */
    private RequestView view(InformationRequestEntity request) {
        return RequestView.of(
                request, caller.hasRole(Roles.INTAKE_CLERK), caller.agency().isPresent());
    }
}
