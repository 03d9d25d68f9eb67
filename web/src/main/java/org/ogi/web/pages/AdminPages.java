package org.ogi.web.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ogi.contracts.Roles;
import org.ogi.web.api.ApiProblem;
import org.ogi.web.api.DeadlineApi;
import org.ogi.web.api.IntakeApi;
import org.ogi.web.forms.Field;
import org.ogi.web.forms.FormJson;
import org.ogi.web.forms.Forms;

/**
 * Administration: the agency directory applicants submit to (intake-service, ogi-admin) and the working-day calendar
 * of each year as the State Council's holiday notice sets it (deadline-service, system-admin).
 */
@Path("/staff/admin")
@Blocking
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OGI_ADMIN, Roles.SYSTEM_ADMIN})
public class AdminPages {

    static final List<Field> CALENDAR = List.of(
            Field.text("noticeReference", "国务院办公厅通知（文号）"),
            Field.lines("restDays", "放假日期（每行一个，YYYY-MM-DD）"),
            Field.lines("makeUpWorkingDays", "调休上班日期（每行一个，YYYY-MM-DD）"));

    @Inject
    @RestClient
    IntakeApi intake;

    @Inject
    @RestClient
    DeadlineApi deadlines;

    @Inject
    Clock clock;

    @Inject
    @Location("admin.html")
    Template admin;

    @Inject
    @Location("calendar.html")
    Template calendar;

    @GET
    public TemplateInstance directory() {
        return admin.data("agencies", intake.agencies()).data("problem", null);
    }

    @POST
    @Path("agencies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.OGI_ADMIN)
    public Response putAgency(MultivaluedMap<String, String> posted) {
        Map<String, String> form = Forms.values(posted);
        String code = form.remove("code");
        try {
            intake.putAgency(code == null ? "" : code.strip(), FormJson.of(form));
            return Pages.seeOther("/staff/admin");
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 404) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(admin.data("agencies", intake.agencies()).data("problem", problem))
                    .build();
        }
    }

    @GET
    @Path("calendar")
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public TemplateInstance calendar(@QueryParam("year") @DefaultValue("0") int year) {
        int shown = year == 0 ? LocalDate.now(clock).getYear() + 1 : year;
        return calendarPage(shown, Map.of(), Map.of(), null);
    }

    private TemplateInstance calendarPage(
            int year, Map<String, String> form, Map<String, String> errors, ApiProblem problem) {
        return calendar.data("year", year)
                .data("current", Sections.read(() -> deadlines.calendar(year)))
                .data("fields", CALENDAR)
                .data("form", form)
                .data("errors", errors)
                .data("problem", problem);
    }

    /** Loads a year from the State Council's notice, replacing what the calendar had for it. */
    @POST
    @Path("calendar/{year}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Response putYear(@PathParam("year") int year, MultivaluedMap<String, String> posted) {
        Map<String, String> form = Forms.values(posted);
        try {
            deadlines.putCalendar(year, FormJson.of(form, Set.of("restDays", "makeUpWorkingDays")));
            return Pages.seeOther("/staff/admin/calendar?year=" + year);
        } catch (ApiProblem problem) {
            if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
                throw problem;
            }
            return Response.status(problem.status())
                    .entity(calendarPage(year, form, problem.fieldErrors(), problem))
                    .build();
        }
    }
}
