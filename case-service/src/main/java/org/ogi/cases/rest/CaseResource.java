package org.ogi.cases.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ogi.cases.persistence.CaseDeadlineEntity;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;
import org.ogi.platform.security.Roles;

@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

    static final String REPLY_CLOCK = "REPLY";

    private final Caller caller;

    CaseResource(Caller caller) {
        this.caller = caller;
    }

    @GET
    @Path("{trackingNumber}")
    @WithSession
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.REVIEWER, Roles.SECRECY_REVIEWER,
            Roles.OGI_OFFICE_HEAD, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
    public Uni<CaseView> get(@PathParam("trackingNumber") String trackingNumber) {
        String agency = caller.staffAgency();
        return CaseFileEntity.<CaseFileEntity>findById(trackingNumber).chain(caseFile -> {
            if (caseFile == null || !caseFile.agency.equals(agency)) {
                throw ProblemException.notFound("case " + trackingNumber + " not found");
            }
            return CaseDeadlineEntity.<CaseDeadlineEntity>find("trackingNumber = ?1 and clock = ?2",
                            trackingNumber, REPLY_CLOCK).firstResult()
                    .map(due -> CaseView.of(caseFile, due == null ? null : due.dueDate, due != null && due.provisional));
        });
    }
}
