package org.ogi.intake.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.intake.service.Registrations;
import org.ogi.platform.logging.LogContext;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;
import org.ogi.platform.security.Roles;

@Path("/api/requests")
@Produces(MediaType.APPLICATION_JSON)
public class RequestResource {

    private static final Logger LOG = Logger.getLogger(RequestResource.class);

    private final Registrations registrations;
    private final Caller caller;

    RequestResource(Registrations registrations, Caller caller) {
        this.registrations = registrations;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.INTAKE_CLERK)
    public Uni<Response> register(@NotNull @Valid RegistrationRequest request, UriInfo uri) {
        String agency = caller.staffAgency();
        return registrations.registerAtCounter(request, agency, caller.userName()).map(saved -> {
            MDC.put(LogContext.TRACKING_NUMBER, saved.trackingNumber);
            LOG.infof("registered %s request received %s", saved.channel, saved.receivedDate);
            return Response.created(uri.getAbsolutePathBuilder().path(saved.trackingNumber).build())
                    .entity(view(saved)).build();
        });
    }

    @GET
    @Path("{trackingNumber}")
    @WithSession
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.REVIEWER, Roles.SECRECY_REVIEWER,
            Roles.OGI_OFFICE_HEAD, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN, Roles.APPLICANT})
    public Uni<RequestView> get(@PathParam("trackingNumber") String trackingNumber) {
        return InformationRequestEntity.findByTrackingNumber(trackingNumber).map(request -> {
            if (request == null || !visibleToCaller(request)) {
                throw ProblemException.notFound("request " + trackingNumber + " not found");
            }
            return view(request);
        });
    }

    /** Staff see their agency's requests; an applicant only their own. */
    private boolean visibleToCaller(InformationRequestEntity request) {
        if (caller.agency().isPresent()) {
            return caller.agency().get().equals(request.agency);
        }
        return caller.hasRole(Roles.APPLICANT) && caller.userId().equals(request.applicantUserId);
    }

    /** Only the clerk who checks identity documents needs the full number. */
    private RequestView view(InformationRequestEntity request) {
        return RequestView.of(request, caller.hasRole(Roles.INTAKE_CLERK));
    }
}
