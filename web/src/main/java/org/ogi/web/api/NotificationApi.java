package org.ogi.web.api;

import io.quarkus.oidc.token.propagation.common.AccessToken;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** notification-service's API: what was sent about a case. */
@RegisterRestClient(configKey = "notification")
@RegisterProvider(ProblemResponses.class)
@AccessToken
@Path("/api")
public interface NotificationApi {

    @GET
    @Path("notifications")
    List<Map<String, Object>> ofCase(@QueryParam("trackingNumber") String trackingNumber);
}
