package org.ogi.web.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** case-service's API, called with the signed-in user's access token. */
@RegisterRestClient(configKey = "case")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api")
public interface CaseApi {

    @GET
    @Path("queues/{queue}")
    Map<String, Object> queue(@PathParam("queue") String queue, @QueryParam("size") int size);

    @GET
    @Path("cases/{tn}")
    Map<String, Object> caseOf(@PathParam("tn") String trackingNumber);

    @GET
    @Path("cases/{tn}/audit")
    List<Map<String, Object>> audit(@PathParam("tn") String trackingNumber);

    @GET
    @Path("cases/{tn}/draft")
    Map<String, Object> draft(@PathParam("tn") String trackingNumber);

    @GET
    @Path("cases/{tn}/reply-letter.pdf")
    @Produces({"application/pdf", "application/problem+json"})
    byte[] replyLetter(@PathParam("tn") String trackingNumber);

    /** A workflow step: {@code step} is the sub-resource that records it, e.g. {@code acceptances}. */
    @POST
    @Path("cases/{tn}/{step: .+}")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> step(
            @PathParam("tn") String trackingNumber,
            @PathParam("step") String step,
            @HeaderParam("If-Match") String ifMatch,
            Object body);

    /** The signed-in applicant's requests: status in their terms, the reply date and its explanation. */
    @GET
    @Path("me/cases")
    List<Map<String, Object>> mine();

    @GET
    @Path("me/cases/{tn}")
    Map<String, Object> mine(@PathParam("tn") String trackingNumber);

    /** The reply letter as sent to the applicant; 404 before the reply went out. */
    @GET
    @Path("me/cases/{tn}/reply-letter.pdf")
    @Produces({"application/pdf", "application/problem+json"})
    byte[] myReplyLetter(@PathParam("tn") String trackingNumber);

    @POST
    @Path("cases/{tn}/applicant-withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> withdrawOwn(@PathParam("tn") String trackingNumber, Object body);
}
