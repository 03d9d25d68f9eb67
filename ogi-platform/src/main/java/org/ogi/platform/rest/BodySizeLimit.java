package org.ogi.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemKind;

/**
 * Refuses a body declared larger than {@code quarkus.http.limits.max-body-size} with a problem+json 413. Quarkus
 * enforces the same limit with an empty 413 (route order -2); this route runs just before it so the client learns
 * the limit. A chunked body without a declared length is read here, up to the limit: past it, the failure becomes a
 * problem+json 413 ({@link HttpProblems}) instead of the empty one the REST layer writes while it reads.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final Optional<MemorySize> maxBodySize;
    private final ObjectMapper json;

    BodySizeLimit(
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBodySize,
            ObjectMapper json) {
        this.maxBodySize = maxBodySize;
        this.json = json;
    }

    void install(@Observes Router router) {
        maxBodySize.map(MemorySize::asLongValue).ifPresent(limit -> {
            BodyHandler chunked = BodyHandler.create(false).setBodyLimit(limit);
            router.route().order(-3).handler(context -> refuseOver(limit, chunked, context));
        });
    }

    private void refuseOver(long limit, BodyHandler chunked, RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            chunked.handle(context);
            return;
        }
        if (declared == null || !isOver(declared, limit)) {
            context.next();
            return;
        }
        Problem problem = new Problem(
                        ProblemKind.PAYLOAD_TOO_LARGE,
                        "the body has " + declared.strip() + " bytes; at most " + limit + " are accepted")
                .with("maxBytes", limit);
        try {
            byte[] body = json.writeValueAsBytes(
                    problem.at(URI.create(context.request().uri())));
            // The unread body is not drained: closing the connection is cheaper than reading megabytes to discard.
            context.response()
                    .endHandler(ignored -> context.request().connection().close());
            context.response()
                    .setStatusCode(problem.getStatus())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }

    private static boolean isOver(String declared, long limit) {
        try {
            return Long.parseLong(declared.strip()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
