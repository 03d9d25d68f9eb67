package org.ogi.web.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification-service's API: what was sent about a case, and an applicant's inbox. */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api")
public interface NotificationApi {

    @GET
    @Path("notifications")
    List<Map<String, Object>> ofCase(@QueryParam("trackingNumber") String trackingNumber);

    /** The signed-in applicant's inbox: every notification sent to them, read or unread. */
    @GET
    @Path("me/notifications")
    List<Map<String, Object>> mine();

    /** Marks one notification of the inbox read; answers it as it now stands. */
    @PUT
    @Path("me/notifications/{id}/read")
    Map<String, Object> markRead(@PathParam("id") String id);
}
