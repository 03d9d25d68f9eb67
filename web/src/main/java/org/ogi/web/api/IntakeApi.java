package org.ogi.web.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** intake-service's API, called with the signed-in user's access token. */
@RegisterRestClient(configKey = "intake")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api")
public interface IntakeApi {

    @POST
    @Path("requests")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> register(@HeaderParam("Idempotency-Key") String idempotencyKey, Object request);

    @GET
    @Path("requests")
    Map<String, Object> search(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("requests/{tn}")
    Map<String, Object> request(@PathParam("tn") String trackingNumber);

    @GET
    @Path("requests/{tn}/receipt.pdf")
    @Produces({"application/pdf", "application/problem+json"})
    byte[] receipt(@PathParam("tn") String trackingNumber);

    @POST
    @Path("requests/{tn}/attachments")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    Map<String, Object> attach(
            @PathParam("tn") String trackingNumber, @QueryParam("fileName") String fileName, byte[] content);

    @GET
    @Path("requests/{tn}/attachments")
    List<Map<String, Object>> attachments(@PathParam("tn") String trackingNumber);

    @GET
    @Path("agencies")
    List<Map<String, Object>> agencies();

    @PUT
    @Path("agencies/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> putAgency(@PathParam("code") String code, Object details);
}
