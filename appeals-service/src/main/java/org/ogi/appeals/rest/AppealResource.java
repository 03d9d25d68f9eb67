package org.ogi.appeals.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ogi.appeals.service.AppealReads;
import org.ogi.contracts.Roles;
import org.ogi.platform.security.Caller;

/** A case's appeals and what appeals-service knows of the case. */
@Path("/api/cases/{trackingNumber}/appeals")
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

    private final Caller caller;
    private final AppealReads reads;

    AppealResource(Caller caller, AppealReads reads) {
        this.caller = caller;
        this.reads = reads;
    }

    @GET
    @RolesAllowed({Roles.LEGAL_OFFICER, Roles.CASE_OFFICER, Roles.REVIEWER, Roles.OGI_OFFICE_HEAD, Roles.OGI_ADMIN})
    public Uni<AppealReads.CaseAppeals> appeals(@PathParam("trackingNumber") String trackingNumber) {
        return reads.ofCase(caller.staffAgency(), trackingNumber);
    }
}
