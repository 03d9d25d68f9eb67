package org.ogi.deadline.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ogi.contracts.Roles;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.deadline.service.AgencyDeadlines;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;

/** The caller's agency's open clocks that are due soon or overdue, earliest first. */
@Path("/api/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
    Roles.INTAKE_CLERK,
    Roles.CASE_OFFICER,
    Roles.REVIEWER,
    Roles.SECRECY_REVIEWER,
    Roles.OGI_OFFICE_HEAD,
    Roles.LEGAL_OFFICER,
    Roles.OGI_ADMIN
})
public class AgencyDeadlinesResource {

    private final AgencyDeadlines deadlines;
    private final Caller caller;

    AgencyDeadlinesResource(AgencyDeadlines deadlines, Caller caller) {
        this.deadlines = deadlines;
        this.caller = caller;
    }

    public record AgencyClock(
            String trackingNumber,
            String kind,
            String clock,
            LocalDate dueDate,
            int workingDaysLeft,
            boolean provisional) {}

    public record AgencyClocks(String agency, LocalDate today, List<AgencyClock> clocks) {

        static AgencyClocks of(String agency, AgencyDeadlines.DueList due) {
            return new AgencyClocks(
                    agency,
                    due.today(),
                    due.clocks().stream()
                            .map(c -> new AgencyClock(
                                    c.trackingNumber(),
                                    c.kind(),
                                    c.clock(),
                                    c.dueDate(),
                                    c.workingDaysLeft(),
                                    c.provisional()))
                            .toList());
        }
    }

    @GET
    @Path("due-soon")
    public Uni<AgencyClocks> dueSoon(
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit, @QueryParam("kind") String kind) {
        String agency = caller.staffAgency();
        return deadlines.dueSoon(agency, limit, kind(kind)).map(due -> AgencyClocks.of(agency, due));
    }

    /**
     * With {@code kind=CONFIRMATION} this is the intake queue's alert list: ordinary letters not confirmed with the
     * applicant on the day they arrived (Art. 31(二)).
     */
    @GET
    @Path("overdue")
    public Uni<AgencyClocks> overdue(
            @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit, @QueryParam("kind") String kind) {
        String agency = caller.staffAgency();
        return deadlines.overdue(agency, limit, kind(kind)).map(due -> AgencyClocks.of(agency, due));
    }

    /** Null for every kind. */
    private static ClockKind kind(String kind) {
        if (kind == null) {
            return null;
        }
        return Arrays.stream(ClockKind.values())
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .orElseThrow(() ->
                        ProblemException.invalid("kind", "must be one of " + Arrays.toString(ClockKind.values())));
    }
}
