package org.ogi.web.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** appeals-service's API: reconsiderations and lawsuits against replies. */
@RegisterRestClient(configKey = "appeals")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api")
public interface AppealsApi {

    @GET
    @Path("appeals")
    List<Map<String, Object>> appeals();

    @GET
    @Path("appeals/{number}")
    Map<String, Object> appeal(@PathParam("number") String number);

    @POST
    @Path("appeals")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> file(Object appeal);

    /** A step of an appeal: {@code outcome}, {@code withdrawal}, {@code answer/draft}, ... */
    @POST
    @Path("appeals/{number}/{step: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> step(@PathParam("number") String number, @PathParam("step") String step, Object body);

    @GET
    @Path("cases/{tn}/appeals")
    Map<String, Object> ofCase(@PathParam("tn") String trackingNumber);
}
