package org.ogi.platform.rest;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.text.Texts;

/**
 * Path and query parameters of every endpoint must be strict UTF-8 without control characters: the framework would
 * decode invalid bytes to U+FFFD and pass NUL on to PostgreSQL. Refused with a 400 naming the parameter. The
 * observability endpoints under {@code /q}, Vert.x routes this filter does not see, get the same check from
 * {@link HttpProblems}.
 */
public class ParameterText {

    @ServerRequestFilter
    public void checkParameters(ContainerRequestContext context, HttpServerRequest request) {
        MultivaluedMap<String, String> parameters = context.getUriInfo().getPathParameters();
        List<Problem.FieldError> errors =
                problems(request.path(), request.query(), segment -> pathParameter(segment, parameters));
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /**
     * What is wrong with the raw path's segments and the raw query's names and values; {@code segmentName} names
     * the parameter a segment is (else "path").
     */
    static List<Problem.FieldError> problems(String path, String query, UnaryOperator<String> segmentName) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (String segment : path.split("/")) {
            check(segmentName.apply(segment), segment, false, errors);
        }
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int equals = pair.indexOf('=');
                String rawName = equals < 0 ? pair : pair.substring(0, equals);
                String name;
                try {
                    name = Texts.percentDecode(rawName, true);
                } catch (IllegalArgumentException e) {
                    errors.add(new Problem.FieldError("query", "a parameter name " + e.getMessage()));
                    continue;
                }
                String nameProblem = Texts.problem(name, false).orElse(null);
                if (nameProblem != null) {
                    errors.add(new Problem.FieldError("query", "a parameter name " + nameProblem));
                } else if (equals >= 0) {
                    check(name, pair.substring(equals + 1), true, errors);
                }
            }
        }
        return errors;
    }

    /** The parameter whose (leniently decoded) value the raw segment gave, else "path". */
    private static String pathParameter(String segment, MultivaluedMap<String, String> parameters) {
        String decoded;
        try {
            decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "path";
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (parameter.getValue().contains(decoded)) {
                return parameter.getKey();
            }
        }
        return "path";
    }

    private static void check(String name, String raw, boolean query, List<Problem.FieldError> errors) {
        String value;
        try {
            value = Texts.percentDecode(raw, query);
        } catch (IllegalArgumentException e) {
            errors.add(new Problem.FieldError(name, e.getMessage()));
            return;
        }
        Texts.problem(value, false).ifPresent(problem -> errors.add(new Problem.FieldError(name, problem)));
    }
}
