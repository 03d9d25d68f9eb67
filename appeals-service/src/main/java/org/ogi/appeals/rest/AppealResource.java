package org.ogi.appeals.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ogi.appeals.persistence.AppealEntity;
import org.ogi.appeals.persistence.AppealableCaseEntity;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;
import org.ogi.platform.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/cases/{trackingNumber}/appeals")
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

    private final Caller caller;

    AppealResource(Caller caller) {
        this.caller = caller;
    }

    public record CaseAppeals(String trackingNumber, String agency, LocalDate receivedDate, List<AppealView> appeals) {
    }

    public record AppealView(UUID id, String kind, String status, LocalDate filedOn) {
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.LEGAL_OFFICER, Roles.CASE_OFFICER, Roles.REVIEWER, Roles.OGI_OFFICE_HEAD, Roles.OGI_ADMIN})
    public Uni<CaseAppeals> appeals(@PathParam("trackingNumber") String trackingNumber) {
        String agency = caller.staffAgency();
        return AppealableCaseEntity.<AppealableCaseEntity>findById(trackingNumber).chain(registered -> {
            if (registered == null || !registered.agency.equals(agency)) {
                throw ProblemException.notFound("case " + trackingNumber + " is not registered for appeals");
            }
            return AppealEntity.<AppealEntity>list("trackingNumber = ?1 order by filedOn", trackingNumber)
                    .map(appeals -> new CaseAppeals(registered.trackingNumber, registered.agency,
                            registered.receivedDate, appeals.stream()
                            .map(a -> new AppealView(a.id, a.kind, a.status, a.filedOn)).toList()));
        });
    }
}
