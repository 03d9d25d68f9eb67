package org.ogi.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;

/**
 * Errors raised by the HTTP layer below the REST endpoints (an undecodable path, a body over the limit while it
 * streams in, an over-long URI) leave as application/problem+json like every other error, instead of an empty body.
 */
@ApplicationScoped
public class HttpProblems {

    private static final Logger LOG = Logger.getLogger(HttpProblems.class);

    private final int maxUriLength;
    private final ObjectMapper json;

    private final String nonApplicationRoot;

    HttpProblems(
            HttpConfig config,
            ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q")
                    String nonApplicationRoot) {
        this.maxUriLength = config.maxUriLength();
        this.json = json;
        String root = nonApplicationRoot.startsWith("/") ? nonApplicationRoot : "/" + nonApplicationRoot;
        this.nonApplicationRoot = root.endsWith("/") ? root : root + "/";
    }

    void install(@Observes Router router) {
        router.route().order(-4).handler(this::refuseLongUri);
        // First of all routes: Quarkus's own (authentication, REST metrics) normalise the path and would throw on it.
        router.route().order(Integer.MIN_VALUE).handler(this::refuseMalformedPath);
        router.route().order(-4).failureHandler(this::failed);
        // Health, metrics and OpenAPI are Vert.x routes, outside the REST filters: the same parameter rules here.
        router.route(nonApplicationRoot + "*").order(-4).handler(this::checkParameters);
        // A failure no route handles, e.g. a path that cannot be decoded, goes to the router's handler by status.
        for (int status : new int[] {400, 404, 405, 413, 414, 415, 431, 500}) {
            router.errorHandler(status, this::failed);
        }
    }

    /**
     * Vert.x answers a request line over {@code quarkus.http.limits.max-initial-line-length} itself, with an empty
     * 414; that limit is set well above this one, so URIs between the two get a problem.
     */
    private void refuseLongUri(RoutingContext context) {
        int length = context.request().uri().length();
        if (length <= maxUriLength) {
            context.next();
            return;
        }
        write(
                context,
                new Problem(
                                ProblemKind.URI_TOO_LONG,
                                "the URI has " + length + " characters; at most " + maxUriLength + " are accepted")
                        .with("maxLength", maxUriLength),
                ProblemKind.URI_TOO_LONG.status());
    }

    /**
     * With {@code vertx.disableURIValidation} (see README) a path such as {@code /a/%zz} reaches the router, whose
     * path normalisation would throw on it and end as a 500; it is refused here, before any route decodes it.
     * Malformed escapes in the query are left to {@link ParameterText}, which names the parameter.
     */
    private void refuseMalformedPath(RoutingContext context) {
        String path = context.request().path();
        for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
            if (i + 2 >= path.length()
                    || Character.digit(path.charAt(i + 1), 16) < 0
                    || Character.digit(path.charAt(i + 2), 16) < 0) {
                Problem problem = ProblemException.invalid("path", "has a malformed percent-escape at position " + i)
                        .problem();
                write(context, problem, problem.getStatus());
                return;
            }
        }
        context.next();
    }

    private void checkParameters(RoutingContext context) {
        List<Problem.FieldError> errors = ParameterText.problems(
                context.request().path(), context.request().query(), segment -> "path");
        if (errors.isEmpty()) {
            context.next();
            return;
        }
        Problem problem = ProblemException.invalid(errors).problem();
        write(context, problem, problem.getStatus());
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            // Too late for another answer (a body over the limit may fail after the 413 was sent): just finish.
            if (!context.response().ended()) {
                context.response().end();
            }
            return;
        }
        int status = context.failure() instanceof HttpException http ? http.getStatusCode() : context.statusCode();
        if (status < 400) {
            status = 500;
        }
        if (status >= 500) {
            LOG.error("request failed", context.failure());
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        String detail = status >= 500
                ? "the error was logged"
                : context.failure() != null && context.failure().getMessage() != null
                        ? context.failure().getMessage()
                        : kind.title();
        Problem problem = new Problem(kind, detail);
        if (status == ProblemKind.PAYLOAD_TOO_LARGE.status()) {
            // The rest of the body is not read: the connection is closed after the answer.
            context.response()
                    .endHandler(ignored -> context.request().connection().close());
            context.response().putHeader(HttpHeaders.CONNECTION, "close");
        }
        write(context, problem, status);
    }

    private void write(RoutingContext context, Problem problem, int status) {
        try {
            // The raw URI may be what is wrong with the request, so it is not echoed as the instance.
            byte[] body = json.writeValueAsBytes(problem);
            context.response()
                    .setStatusCode(status)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(Buffer.buffer(body));
        } catch (JsonProcessingException e) {
            context.response().setStatusCode(500).end();
        }
    }
}
