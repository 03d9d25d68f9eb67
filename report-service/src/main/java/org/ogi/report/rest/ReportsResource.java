package org.ogi.report.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ogi.contracts.Roles;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;
import org.ogi.report.service.CarriedOverCases;
import org.ogi.report.service.Reports;

/**
 * The annual report of the caller's agency (issue 15): the head of the OGI office, reviewers, legal staff and the
 * agency's administrator read it; the head freezes it and imports the cases carried over from before the system.
 * A report failing an invariant is a 409 problem naming the cells and cases.
 */
@Path("/api/reports")
public class ReportsResource {

    private final Caller caller;
    private final Reports reports;
    private final CarriedOverCases carriedOver;

    ReportsResource(Caller caller, Reports reports, CarriedOverCases carriedOver) {
        this.caller = caller;
        this.reports = reports;
        this.carriedOver = carriedOver;
    }

    public record CellCases(String cell, int count, List<String> trackingNumbers) {}

    public record FrozenAnswer(
            String agency, int year, java.time.OffsetDateTime frozenAt, String frozenBy, String checksum) {}

    public record ImportAnswer(int imported) {}

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OGI_OFFICE_HEAD, Roles.REVIEWER, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
    public Uni<ReportView> report(@PathParam("year") String year) {
        return reports.report(caller.staffAgency(), year(year)).map(ReportView::of);
    }

    /** Drill-down: the tracking numbers (table 三) or appeal numbers (table 四) behind one number. */
    @GET
    @Path("/{year}/cells")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OGI_OFFICE_HEAD, Roles.REVIEWER, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
    public Uni<CellCases> cell(@PathParam("year") String year, @QueryParam("cell") String cell) {
        String agency = caller.staffAgency();
        return reports.cases(agency, year(year), cell).map(cases -> new CellCases(cell, cases.size(), cases));
    }

    @GET
    @Path("/{year}/report.csv")
    @Produces("text/csv")
    @RolesAllowed({Roles.OGI_OFFICE_HEAD, Roles.REVIEWER, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
    public Uni<Response> csv(@PathParam("year") String year) {
        return export(
                year,
                "csv",
                "text/csv; charset=UTF-8",
                r -> ReportExports.csv(r).getBytes(StandardCharsets.UTF_8));
    }

    @GET
    @Path("/{year}/report.xlsx")
    @Produces(ReportExports.XLSX)
    @RolesAllowed({Roles.OGI_OFFICE_HEAD, Roles.REVIEWER, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
    public Uni<Response> xlsx(@PathParam("year") String year) {
        return export(year, "xlsx", ReportExports.XLSX, ReportExports::xlsx);
    }

    @GET
    @Path("/{year}/report.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.OGI_OFFICE_HEAD, Roles.REVIEWER, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
    public Uni<Response> pdf(@PathParam("year") String year) {
        return export(year, "pdf", "application/pdf", ReportExports::pdf);
    }

    /**
     * The roll-up of the caller's agency with the agencies configured as its children
     * ({@code ogi.report.children.<agency>}), summed per cell; an agency without children rolls up only itself.
     */
    @GET
    @Path("/{year}/rollup")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OGI_OFFICE_HEAD, Roles.REVIEWER, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
    public Uni<ReportView> rollUp(@PathParam("year") String year) {
        String agency = caller.staffAgency();
        int y = year(year);
        List<String> agencies = new ArrayList<>();
        agencies.add(agency);
        agencies.addAll(reports.children(agency));
        return reports.rollUp(agency, y).map(report -> ReportView.of(report, agencies));
    }

    /** The head of the OGI office freezes the year's report as published. */
    @POST
    @Path("/{year}/freeze")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OGI_OFFICE_HEAD)
    public Uni<FrozenAnswer> freeze(@PathParam("year") String year) {
        String agency = caller.staffAgency();
        int y = year(year);
        return reports.freeze(agency, y, caller.userName())
                .map(f -> new FrozenAnswer(agency, y, f.frozenAt(), f.frozenBy(), f.checksum()));
    }

    /** Requests open before the system went live, as CSV (format: CarriedOverImport); all or nothing. */
    @POST
    @Path("/carried-over-cases")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OGI_OFFICE_HEAD)
    public Uni<ImportAnswer> importCarriedOver(String csv) {
        return carriedOver.load(caller.staffAgency(), csv).map(ImportAnswer::new);
    }

    private Uni<Response> export(String year, String extension, String type, Function<ReportView, byte[]> render) {
        String agency = caller.staffAgency();
        int y = year(year);
        // Rendering takes CPU time, so it runs on a worker, not on the event loop.
        return reports.report(agency, y)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(checked -> Response.ok(render.apply(ReportView.of(checked)), type)
                        .header(
                                "Content-Disposition",
                                "attachment; filename=\"" + agency + "-" + y + "." + extension + "\"")
                        .build());
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("year", "is a calendar year such as 2024");
        }
    }
}
