package org.ogi.cases.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ogi.cases.service.CaseReads;
import org.ogi.contracts.Roles;
import org.ogi.platform.security.Caller;

@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    private final Caller caller;
    private final CaseReads reads;

    CaseResource(Caller caller, CaseReads reads) {
        this.caller = caller;
        this.reads = reads;
    }

    /** The case with the caller's next actions; the ETag is the version to send back as If-Match. */
    @GET
    @Path("{trackingNumber}")
    @RolesAllowed({
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN
    })
    public Uni<Response> get(@PathParam("trackingNumber") String trackingNumber) {
        return reads.view(trackingNumber, Staffs.of(caller))
                .map(CaseView::of)
                .map(view -> Response.ok(view)
                        .tag(new EntityTag(Long.toString(view.version())))
                        .build());
    }

    /** Every step and draft edit, oldest first. */
    @GET
    @Path("{trackingNumber}/audit")
    @RolesAllowed({
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN
    })
    public Uni<List<AuditView>> audit(@PathParam("trackingNumber") String trackingNumber) {
        return reads.audit(trackingNumber, Staffs.of(caller))
                .map(entries -> entries.stream().map(AuditView::of).toList());
    }

    @GET
    @Path("{trackingNumber}/draft")
    @RolesAllowed({
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER
    })
    public Uni<DraftView> draft(@PathParam("trackingNumber") String trackingNumber) {
        return reads.draft(trackingNumber, Staffs.of(caller)).map(DraftView::of);
    }
}
