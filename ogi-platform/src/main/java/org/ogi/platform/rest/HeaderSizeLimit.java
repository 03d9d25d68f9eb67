package org.ogi.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemKind;

/**
 * Refuses request headers larger together than {@code ogi.http.max-header-size} with a problem+json 431. Vert.x
 * answers headers over {@code quarkus.http.limits.max-header-size} itself, with an empty 431 before any route; that
 * limit is set well above this one, so headers between the two get a problem.
 */
@ApplicationScoped
public class HeaderSizeLimit {

    private final long maxBytes;
    private final ObjectMapper json;

    HeaderSizeLimit(
            @ConfigProperty(name = "ogi.http.max-header-size", defaultValue = "20K") MemorySize maxBytes,
            ObjectMapper json) {
        this.maxBytes = maxBytes.asLongValue();
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(-5).handler(this::refuseOver);
    }

    private void refuseOver(RoutingContext context) {
        long size = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            size += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        if (size <= maxBytes) {
            context.next();
            return;
        }
        Problem problem = new Problem(
                        ProblemKind.HEADERS_TOO_LARGE,
                        "the request headers have " + size + " bytes; at most " + maxBytes + " are accepted")
                .with("maxBytes", maxBytes);
        try {
            context.response()
                    .setStatusCode(problem.getStatus())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Buffer.buffer(json.writeValueAsBytes(problem)));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}
