package org.ogi.deadline.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ogi.contracts.Roles;
import org.ogi.deadline.config.DeadlineConfig;
import org.ogi.deadline.domain.ClockStatus;
import org.ogi.deadline.domain.DerivedClock;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.service.Clocks;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;

@Path("/api/cases/{trackingNumber}/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    private final Clocks clocks;
    private final DeadlineConfig config;
    private final Caller caller;
    private final Clock clock;

    DeadlineResource(Clocks clocks, DeadlineConfig config, Caller caller, Clock clock) {
        this.clocks = clocks;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    public record CaseDeadlines(String trackingNumber, String agency, LocalDate today, List<ClockView> clocks) {}

    /** {@code clock} identifies the clock within the case; {@code kind} is one of ClockKind. */
    public record ClockView(
            String kind,
            String clock,
            LocalDate startDate,
            int workingDays,
            String regime,
            LocalDate dueDate,
            boolean provisional,
            int workingDaysLeft,
            ClockStatus status,
            LocalDate metOn,
            List<String> explanation) {}

    @GET
    @RolesAllowed({
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN
    })
    public Uni<CaseDeadlines> deadlines(@PathParam("trackingNumber") String trackingNumber) {
        String agency = caller.staffAgency();
        LocalDate today = LocalDate.now(clock);
        return clocks.derive(trackingNumber).map(derived -> {
            if (derived == null || !derived.agency().equals(agency)) {
                throw ProblemException.notFound("no deadlines for case " + trackingNumber);
            }
            return new CaseDeadlines(
                    trackingNumber,
                    agency,
                    today,
                    derived.clocks().stream()
                            .map(c -> view(derived.calendar(), c, today))
                            .toList());
        });
    }

    private ClockView view(WorkingDayCalendar calendar, DerivedClock c, LocalDate today) {
        return new ClockView(
                c.kind().name(),
                c.id().text(),
                c.startDate(),
                c.workingDays(),
                c.regime().name(),
                c.dueDate(),
                c.provisional(),
                c.workingDaysLeft(calendar, today),
                c.status(calendar, today, config.dueSoonWorkingDays()),
                c.metOn(),
                c.explanation());
    }
}
