package org.ogi.deadline.rest;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
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
import org.ogi.contracts.v1.ClockKind;
import org.ogi.deadline.config.DeadlineConfig;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.persistence.DeadlineClockEntity;
import org.ogi.deadline.service.Calendars;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;
import org.ogi.platform.security.Roles;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The caller's agency's open clocks that are due soon or overdue, earliest first. */
@Path("/api/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.REVIEWER, Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
public class AgencyDeadlinesResource {

    private final Calendars calendars;
    private final DeadlineConfig config;
    private final Caller caller;
    private final Clock clock;

    AgencyDeadlinesResource(Calendars calendars, DeadlineConfig config, Caller caller, Clock clock) {
        this.calendars = calendars;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    public record AgencyClock(String trackingNumber, String kind, String clock, LocalDate dueDate,
            int workingDaysLeft, boolean provisional) {
    }

    public record AgencyClocks(String agency, LocalDate today, List<AgencyClock> clocks) {
    }

    @GET
    @Path("due-soon")
    @WithSession
    public Uni<AgencyClocks> dueSoon(@QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit,
            @QueryParam("kind") String kind) {
        WorkingDayCalendar calendar = calendars.current();
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = calendar.addWorkingDays(today, config.dueSoonWorkingDays()).date();
        return query("dueDate >= ?2 and dueDate <= ?3", limit, kind, today, horizon);
    }

    @GET
    @Path("overdue")
    @WithSession
    /**
     * With {@code kind=CONFIRMATION} this is the intake queue's alert list: ordinary letters not confirmed with the
     * applicant on the day they arrived (Art. 31(二)).
     */
    public Uni<AgencyClocks> overdue(@QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit,
            @QueryParam("kind") String kind) {
        LocalDate today = LocalDate.now(clock);
        return query("dueDate < ?2", limit, kind, today);
    }

    private Uni<AgencyClocks> query(String due, int limit, String kind, LocalDate today, Object... bounds) {
        if (kind != null && Arrays.stream(ClockKind.values()).noneMatch(k -> k.name().equals(kind))) {
            throw ProblemException.invalid("kind", "must be one of " + Arrays.toString(ClockKind.values()));
        }
        String agency = caller.staffAgency();
        WorkingDayCalendar calendar = calendars.current();
        Object[] parameters = new Object[bounds.length + (kind == null ? 2 : 3)];
        parameters[0] = agency;
        parameters[1] = today;
        System.arraycopy(bounds, 0, parameters, 2, bounds.length);
        String ofKind = "";
        if (kind != null) {
            parameters[parameters.length - 1] = kind;
            ofKind = " and kind = ?" + parameters.length;
        }
        return DeadlineClockEntity.<DeadlineClockEntity>find("agency = ?1 and state = 'OPEN' and " + due + ofKind
                        + " order by dueDate, trackingNumber", parameters)
                .page(0, limit).list()
                .map(rows -> new AgencyClocks(agency, today, rows.stream()
                        .map(c -> new AgencyClock(c.trackingNumber, c.kind, c.clock, c.dueDate,
                                calendar.workingDaysBetween(today, c.dueDate), c.provisional))
                        .toList()));
    }
}
