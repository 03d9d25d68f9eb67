package org.ogi.appeals.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ogi.appeals.domain.AppealKind;
import org.ogi.appeals.service.CaseAppeals;
import org.ogi.platform.security.Caller;
import org.ogi.platform.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Path("/api/cases/{trackingNumber}/appeals")
@Produces(MediaType.APPLICATION_JSON)
public class AppealResource {

    private final Caller caller;
    private final CaseAppeals appeals;

    AppealResource(Caller caller, CaseAppeals appeals) {
        this.caller = caller;
        this.appeals = appeals;
    }

    public record CaseAppealsView(String trackingNumber, String agency, LocalDate receivedDate,
            List<AppealView> appeals) {

        static CaseAppealsView of(CaseAppeals.Linked linked) {
            return new CaseAppealsView(linked.trackingNumber(), linked.agency(), linked.receivedDate(),
                    linked.appeals().stream().map(a -> new AppealView(a.id(), a.kind(), a.status(), a.filedOn()))
                            .toList());
        }
    }

    public record AppealView(UUID id, AppealKind kind, String status, LocalDate filedOn) {
    }

    @GET
    @RolesAllowed({Roles.LEGAL_OFFICER, Roles.CASE_OFFICER, Roles.REVIEWER, Roles.OGI_OFFICE_HEAD, Roles.OGI_ADMIN})
    public Uni<CaseAppealsView> appeals(@PathParam("trackingNumber") String trackingNumber) {
        return appeals.of(trackingNumber, caller.staffAgency()).map(CaseAppealsView::of);
    }
}
