package org.ogi.web.pages;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.ogi.contracts.Roles;
import org.ogi.web.api.ApiProblem;
import org.ogi.web.api.ReportApi;

/**
 * The annual report of the viewer's agency for a year, from report-service: tables 三 and 四 with every number
 * linking to the cases behind it, the downloads, and a report failing an invariant shown as the cells and cases to
 * fix. The roles are report-service's.
 */
@Path("/staff/report")
@Blocking
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OGI_OFFICE_HEAD, Roles.REVIEWER, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
public class ReportPages {

    private static final Map<String, String> DOWNLOADS = Map.of(
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pdf", "application/pdf",
            "csv", "text/csv; charset=UTF-8");

    @Inject
    @RestClient
    ReportApi reports;

    @Inject
    Clock clock;

    @Inject
    @Location("report.html")
    Template report;

    @Inject
    @Location("reportCell.html")
    Template cell;

    @GET
    public TemplateInstance report(@QueryParam("year") @DefaultValue("0") int year) {
        int shown = year == 0 ? LocalDate.now(clock).getYear() - 1 : year;
        ApiProblem failed = null;
        Sections<ReportTables> tables;
        try {
            tables = new Sections<>(ReportTables.of(reports.report(shown)), null);
        } catch (ApiProblem problem) {
            tables = Sections.refused(problem);
            // A failed invariant is shown in full: the cells and the cases to fix before publishing.
            failed = problem.status() == 409 ? problem : null;
        } catch (ProcessingException unreachable) {
            tables = Sections.unreachable();
        }
        return report.data("year", shown).data("tables", tables).data("failed", failed);
    }

    @GET
    @Path("cells")
    public TemplateInstance cell(@QueryParam("year") int year, @QueryParam("cell") String key) {
        return cell.data("year", year)
                .data("cell", key)
                // Table 四's numbers are appeals, table 三's are requests.
                .data("appeals", key != null && key.startsWith("四"))
                .data("cases", Sections.read(() -> reports.cell(year, key)));
    }

    @GET
    @Path("{year}/report.{format}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("year") int year, @PathParam("format") String format) {
        String type = DOWNLOADS.get(format);
        if (type == null) {
            throw new NotFoundException();
        }
        return Response.ok(reports.download(year, format), type)
                .header("Content-Disposition", "attachment; filename=\"report-" + year + "." + format + "\"")
                .build();
    }
}
