package org.ogi.web.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** deadline-service's API: every clock, and the working-day calendar. */
@RegisterRestClient(configKey = "deadline")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api")
public interface DeadlineApi {

    @GET
    @Path("cases/{tn}/deadlines")
    Map<String, Object> deadlines(@PathParam("tn") String trackingNumber);

    @GET
    @Path("calendar/{year}")
    Map<String, Object> calendar(@PathParam("year") int year);

    @PUT
    @Path("calendar/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> putCalendar(@PathParam("year") int year, Object notice);
}
