package org.ogi.web.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ogi.web.api.AppealsApi;

/**
 * The annual report of the viewer's agency for a year. Table 四 comes from appeals-service; table 三 will come from
 * report-service (issue 15), which is not part of this build yet: the page says so instead of showing numbers.
 */
@Path("/staff/report")
@Blocking
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OGI_OFFICE_HEAD, Roles.REVIEWER, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
public class ReportPages {

    @Inject
    @RestClient
    AppealsApi appeals;

    @Inject
    Clock clock;

    @Inject
    @Location("report.html")
    Template report;

    @GET
    public TemplateInstance report(@QueryParam("year") @DefaultValue("0") int year) {
        int shown = year == 0 ? LocalDate.now(clock).getYear() - 1 : year;
        return report.data("year", shown).data("tableFour", Sections.read(() -> appeals.tableFour(shown)));
    }
}
