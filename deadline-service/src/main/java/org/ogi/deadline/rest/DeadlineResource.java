package org.ogi.deadline.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.ogi.deadline.config.DeadlineConfig;
import org.ogi.deadline.domain.ClockStatus;
import org.ogi.deadline.domain.ReplyDeadline;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.persistence.DeadlineClockEntity;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;
import org.ogi.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@Path("/api/cases/{trackingNumber}/deadlines")
@Produces(MediaType.APPLICATION_JSON)
public class DeadlineResource {

    private final WorkingDayCalendar calendar;
    private final DeadlineConfig config;
    private final Caller caller;
    private final Clock clock;

    DeadlineResource(WorkingDayCalendar calendar, DeadlineConfig config, Caller caller, Clock clock) {
        this.calendar = calendar;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    public record CaseDeadlines(String trackingNumber, String agency, LocalDate today, List<ClockView> clocks) {
    }

    public record ClockView(String kind, LocalDate startDate, int workingDays, String regime, LocalDate dueDate,
            boolean provisional, int workingDaysLeft, ClockStatus status, List<String> explanation) {
    }

    @GET
    @WithSession
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.REVIEWER, Roles.SECRECY_REVIEWER,
            Roles.OGI_OFFICE_HEAD, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
    public Uni<CaseDeadlines> deadlines(@PathParam("trackingNumber") String trackingNumber) {
        String agency = caller.staffAgency();
        LocalDate today = LocalDate.now(clock);
        return DeadlineClockEntity.<DeadlineClockEntity>list("trackingNumber = ?1 order by clock", trackingNumber)
                .map(clocks -> {
                    if (clocks.isEmpty() || !clocks.get(0).agency.equals(agency)) {
                        throw ProblemException.notFound("no deadlines for case " + trackingNumber);
                    }
                    return new CaseDeadlines(trackingNumber, agency, today,
                            clocks.stream().map(c -> view(c, today)).toList());
                });
    }

    private ClockView view(DeadlineClockEntity c, LocalDate today) {
        int left = calendar.workingDaysBetween(today, c.dueDate);
        ClockStatus status = ClockStatus.of(left, today.isAfter(c.dueDate), config.dueSoonWorkingDays());
        List<String> explanation = ReplyDeadline.from(calendar, c.startDate).explanation();
        return new ClockView(c.clock, c.startDate, c.workingDays, c.regime, c.dueDate, c.provisional, left, status,
                explanation);
    }
}
