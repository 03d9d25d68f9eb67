package org.ogi.intake.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
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
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.RequestStatus;
import org.ogi.intake.persistence.AttachmentEntity;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.intake.persistence.RequestQueries;
import org.ogi.intake.service.AgencyDirectory;
import org.ogi.intake.service.Attachments;
import org.ogi.intake.service.Receipts;
import org.ogi.intake.service.Registrant;
import org.ogi.intake.service.Registrations;
import org.ogi.platform.logging.LogContext;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;
import org.ogi.platform.security.Caller;
import org.ogi.platform.security.Roles;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

@Path("/api/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    private static final Logger LOG = Logger.getLogger(RequestResource.class);
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final Registrations registrations;
    private final RequestQueries queries;
    private final Receipts receipts;
    private final Attachments attachments;
    private final Caller caller;
    private final AgencyDirectory directory;
    private final ObjectMapper json;

    RequestResource(Registrations registrations, RequestQueries queries, Receipts receipts, Attachments attachments,
            Caller caller, AgencyDirectory directory, ObjectMapper json) {
        this.registrations = registrations;
        this.queries = queries;
        this.receipts = receipts;
        this.attachments = attachments;
        this.caller = caller;
        this.directory = directory;
        this.json = json;
    }

    /**
     * A clerk registers paper, fax, counter and oral requests for their agency; an applicant submits their own on
     * the web to an agency of the directory, with an {@code Idempotency-Key}: a retry with the same key and body
     * answers 200 with the first request, the same key with another body 422.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.APPLICANT})
    public Uni<Response> register(@NotNull @Valid RegistrationRequest request,
            @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 100) @Pattern(regexp = "[\\x21-\\x7E]+",
                    message = "must be printable ASCII without spaces") String idempotencyKey,
            UriInfo uri) {
        if (isClerk()) {
            return registrations.register(request, clerk(request)).map(saved -> created(saved, uri));
        }
        return applicant(request, idempotencyKey).chain(registrant -> registrations.findSubmission(registrant)
                .chain(existing -> existing != null
                        ? Uni.createFrom().item(replayed(existing, registrant))
                        : registrations.register(request, registrant).map(saved -> created(saved, uri))
                                // Lost the race against the same key: the constraint kept one request, answer with it.
                                .onFailure(RequestResource::isIdempotencyConflict)
                                .recoverWithUni(() -> registrations.findSubmission(registrant)
                                        .map(first -> replayed(first, registrant)))));
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.REVIEWER, Roles.SECRECY_REVIEWER,
            Roles.OGI_OFFICE_HEAD, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN, Roles.APPLICANT})
    public Uni<RequestPage> search(@QueryParam("channel") String channel, @QueryParam("status") String status,
            @QueryParam("receivedFrom") LocalDate receivedFrom, @QueryParam("receivedTo") LocalDate receivedTo,
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
        boolean staff = caller.agency().isPresent();
        if (!staff && !caller.hasRole(Roles.APPLICANT)) {
            throw ProblemException.forbidden("your account is not assigned to an agency");
        }
        RequestQueries.Criteria criteria = new RequestQueries.Criteria(staff ? caller.agency().get() : null,
                staff ? null : caller.userId(), channel, status, receivedFrom, receivedTo,
                applicantName == null || applicantName.isBlank() ? null : applicantName.strip());
        return queries.search(criteria, page, size).map(result -> new RequestPage(
                result.items().stream().map(this::view).toList(), page, size, result.total()));
    }

    @GET
    @Path("{trackingNumber}")
    @WithSession
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.REVIEWER, Roles.SECRECY_REVIEWER,
            Roles.OGI_OFFICE_HEAD, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN, Roles.APPLICANT})
    public Uni<RequestView> get(@PathParam("trackingNumber") String trackingNumber) {
        return visible(trackingNumber).map(this::view);
    }

    /** Sets the received date of a posted or faxed request that waited for the confirmation of Art. 31. */
    @POST
    @Path("{trackingNumber}/confirmations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTAKE_CLERK)
    public Uni<RequestView> confirm(@PathParam("trackingNumber") String trackingNumber, Confirmation confirmation) {
        Optional<LocalDate> on = Optional.ofNullable(confirmation).map(Confirmation::confirmedOn);
        return registrations.confirm(trackingNumber, on, caller.staffAgency(), caller.userName()).map(saved -> {
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
        // Rendering takes CPU time, so it runs on a worker once the session is closed.
        return queries.find(trackingNumber).map(request -> visibleOrNotFound(request, trackingNumber))
                .chain(request -> directory.find(request.agency)
                        .map(agency -> new Receipts.Printed(request, agency.map(AgencyDirectory.Agency::name))))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(printed -> Response.ok(receipts.pdf(printed), "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"" + trackingNumber + ".pdf\"").build());
    }

    /**
     * Adds a scan, fax image or identity document copy (PDF, JPEG or PNG, at most 10 MB, type checked from the
     * content); the body is the file itself.
     */
    @POST
    @Path("{trackingNumber}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.APPLICANT})
    public Uni<Response> attach(@PathParam("trackingNumber") String trackingNumber,
            @QueryParam("fileName") @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}/\\\\]*",
                    message = "must be a plain file name") String fileName,
            byte[] content, UriInfo uri) {
        Attachments.check(content);
        return attachments.add(trackingNumber, this::visibleToCaller, fileName, content, caller.userName())
                .map(saved -> Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(saved.id)).build())
                        .entity(summary(saved)).build());
    }

    @GET
    @Path("{trackingNumber}/attachments")
    @WithSession
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.REVIEWER, Roles.SECRECY_REVIEWER,
            Roles.OGI_OFFICE_HEAD, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
    public Uni<List<AttachmentEntity.Summary>> attachments(@PathParam("trackingNumber") String trackingNumber) {
        caller.staffAgency();
        return visible(trackingNumber).chain(request -> AttachmentEntity.summariesOf(request.id));
    }

    /** The stored file, for staff of the agency only: identity document copies are among them. */
    @GET
    @Path("{trackingNumber}/attachments/{id}")
    @Produces(MediaType.WILDCARD)
    @WithSession
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.REVIEWER, Roles.SECRECY_REVIEWER,
            Roles.OGI_OFFICE_HEAD, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
    public Uni<Response> download(@PathParam("trackingNumber") String trackingNumber, @PathParam("id") long id) {
        caller.staffAgency();
        return visible(trackingNumber).chain(request -> AttachmentEntity.findOf(request.id, id)).map(file -> {
            if (file == null) {
                throw ProblemException.notFound("attachment " + id + " not found");
            }
            return Response.ok(file.content, file.mediaType)
                    .header("Digest", "sha-256=" + file.sha256)
                    .header("Content-Disposition", "attachment; filename=\"attachment-" + file.id + "\"").build();
        });
    }

    private boolean isClerk() {
        return caller.hasRole(Roles.INTAKE_CLERK) && caller.agency().isPresent();
    }

    private Registrant clerk(RegistrationRequest request) {
        String agency = caller.staffAgency();
        if (request.channel() == Channel.WEB) {
            throw ProblemException.invalid("channel", "web requests are submitted by the applicant");
        }
        if (request.agency() != null && !request.agency().equals(agency)) {
            throw ProblemException.invalid("agency", "a clerk registers requests for their own agency");
        }
        return Registrant.clerk(agency, caller.userName());
    }

    /** An applicant submits on the web, with a key for retries, to an agency of the directory. */
    private Uni<Registrant> applicant(RegistrationRequest request, String idempotencyKey) {
        if (request.channel() != Channel.WEB) {
            throw ProblemException.forbidden("applicants submit WEB requests; " + request.channel()
                    + " requests are registered by the agency's intake clerk");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            errors.add(new Problem.FieldError(IDEMPOTENCY_KEY, "required for web submissions"));
        }
        Uni<Boolean> known = Uni.createFrom().item(false);
        if (request.agency() == null) {
            errors.add(new Problem.FieldError("agency", "name the agency the request is made to"));
        } else {
            known = directory.find(request.agency()).map(Optional::isPresent);
        }
        return known.map(agencyKnown -> {
            if (request.agency() != null && !agencyKnown) {
                errors.add(new Problem.FieldError("agency", "unknown agency; GET /api/agencies lists them"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return Registrant.applicant(request.agency(), caller.userId(), idempotencyKey, fingerprint(request));
        });
    }

    private Response created(InformationRequestEntity saved, UriInfo uri) {
        MDC.put(LogContext.TRACKING_NUMBER, saved.trackingNumber);
        LOG.infof("registered %s request, status %s, received %s, flags %s", saved.channel, saved.status,
                saved.receivedDate, Arrays.toString(saved.flags));
        return Response.created(uri.getAbsolutePathBuilder().path(saved.trackingNumber).build())
                .entity(view(saved)).build();
    }

    /** The first request made with the key, provided the retry is the same request. */
    private Response replayed(InformationRequestEntity existing, Registrant retry) {
        if (existing.requestFingerprint != null && !existing.requestFingerprint.equals(retry.fingerprint())) {
            throw new ProblemException(new Problem(ProblemKind.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was already used for request " + existing.trackingNumber
                            + " with a different body; use a new key for a new request")
                    .with("trackingNumber", existing.trackingNumber));
        }
        return Response.ok(view(existing)).header("Location", "/api/requests/" + existing.trackingNumber).build();
    }

    /** Records serialise their components in declaration order, so equal requests give equal fingerprints. */
    private String fingerprint(RegistrationRequest request) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    static boolean isIdempotencyConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("information_request_idempotency")) {
                return true;
            }
        }
        return false;
    }

    private Uni<InformationRequestEntity> visible(String trackingNumber) {
        return InformationRequestEntity.findByTrackingNumber(trackingNumber)
                .map(request -> visibleOrNotFound(request, trackingNumber));
    }

    private InformationRequestEntity visibleOrNotFound(InformationRequestEntity request, String trackingNumber) {
        if (request == null || !visibleToCaller(request)) {
            throw ProblemException.notFound("request " + trackingNumber + " not found");
        }
        return request;
    }

    /** Staff see their agency's requests; an applicant only their own. */
    private boolean visibleToCaller(InformationRequestEntity request) {
        if (caller.agency().isPresent()) {
            return caller.agency().get().equals(request.agency);
        }
        return caller.hasRole(Roles.APPLICANT) && caller.userId().equals(request.applicantUserId);
    }

    private static <E extends Enum<E>> void checkEnum(String field, String value, Class<E> type,
            List<Problem.FieldError> errors) {
        if (value != null && Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.name().equals(value))) {
            errors.add(new Problem.FieldError(field, "must be one of " + Arrays.toString(type.getEnumConstants())));
        }
    }

    private static AttachmentEntity.Summary summary(AttachmentEntity a) {
        return new AttachmentEntity.Summary(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedAt,
                a.uploadedBy);
    }

    /** Only the clerk who checks identity documents needs the full number; only staff see the repeat hint. */
    private RequestView view(InformationRequestEntity request) {
        return RequestView.of(request, caller.hasRole(Roles.INTAKE_CLERK), caller.agency().isPresent());
    }
}
