package org.ogi.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.ogi.platform.logging.LogContext;

/** Puts the tracking number of the addressed case into the logging context of the request. */
public class TrackingNumberLogFilter {

    @ServerRequestFilter
    public void trackingNumberIntoLogContext(ContainerRequestContext request) {
        String trackingNumber = request.getUriInfo().getPathParameters().getFirst("trackingNumber");
        if (trackingNumber != null) {
            MDC.put(LogContext.TRACKING_NUMBER, trackingNumber);
        } else {
            MDC.remove(LogContext.TRACKING_NUMBER);
        }
    }
}
