package org.ogi.web.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** report-service's API: the annual report of the caller's agency, the cases behind a number, its downloads. */
@RegisterRestClient(configKey = "report")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api/reports")
public interface ReportApi {

    /** Tables 三 and 四 with their labels and cell keys; a report failing an invariant is a 409 naming cells and cases. */
    @GET
    @Path("{year}")
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Object> report(@PathParam("year") int year);

    /** The tracking numbers (table 三) or appeal numbers (table 四) behind a cell such as {@code 三/NEW/TOTAL}. */
    @GET
    @Path("{year}/cells")
    @Produces(MediaType.APPLICATION_JSON)
    Map<String, Object> cell(@PathParam("year") int year, @QueryParam("cell") String cell);

    /** The report as {@code xlsx}, {@code pdf} or {@code csv}. */
    @GET
    @Path("{year}/report.{format}")
    @Produces(MediaType.WILDCARD)
    byte[] download(@PathParam("year") int year, @PathParam("format") String format);
}
