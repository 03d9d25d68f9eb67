package org.ogi.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.ogi.platform.rest.StrictJson;

/** Every error leaves the API as application/problem+json; nothing a client sends produces a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(ProblemException.invalid(errors).problem(), uri);
    }

    // Named explicitly so this mapper wins over the framework's own for mismatched input.
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        if (e instanceof StrictJson.UnacceptableValue refused) {
            return respond(
                    ProblemException.invalid(jsonPath(refused), refused.getOriginalMessage())
                            .problem(),
                    uri);
        }
        String detail = e.getOriginalMessage();
        List<Problem.FieldError> errors = List.of();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            errors = List.of(new Problem.FieldError(jsonPath(mapping), "cannot be read as the expected type"));
        }
        return respond(new Problem(ProblemKind.MALFORMED_BODY, firstLine(detail), errors), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(
                        new Problem(ProblemKind.UNAUTHENTICATED, "send a bearer token from the ogi realm"), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemKind.FORBIDDEN, "your roles do not allow this"), uri);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status < 500 && isBodyOverLimit(e)) {
            // A chunked body that grew past quarkus.http.limits.max-body-size while it was read.
            return Response.fromResponse(respond(
                            new Problem(ProblemKind.PAYLOAD_TOO_LARGE, "the body is larger than the service accepts"),
                            uri))
                    .header("Connection", "close")
                    .build();
        }
        if (status < 400) {
            return e.getResponse();
        }
        ProblemKind kind = ProblemKind.forStatus(status);
        if (status >= 500) {
            LOG.error("request failed", e);
        }
        return respond(new Problem(kind, status >= 500 ? null : firstLine(e.getMessage())), uri, status);
    }

    /** Someone else changed the record since it was read: the client reloads and decides again. */
    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response staleWrite(RuntimeException e, UriInfo uri) {
        return respond(new Problem(ProblemKind.CONFLICT, "the record was changed by someone else; reload it"), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DataExceptions.isDataException(e)) {
            // Input the edge checks let through but the database refuses (SQLState class 22): the client's value.
            LOG.warn("the database refused a value", e);
            return respond(
                    new Problem(ProblemKind.VALIDATION, "a value cannot be stored: " + DataExceptions.reason(e)), uri);
        }
        LOG.error("unexpected error", e);
        return respond(new Problem(ProblemKind.INTERNAL, "the error was logged"), uri);
    }

    private static Response respond(Problem problem, UriInfo uri) {
        return respond(problem, uri, problem.getStatus());
    }

    private static Response respond(Problem problem, UriInfo uri, int status) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(at(problem, uri))
                .build();
    }

    /** The request URI as the instance, unless it does not parse (e.g. {@code ?%zz=1}), the very thing refused. */
    private static Problem at(Problem problem, UriInfo uri) {
        URI instance;
        try {
            instance = uri.getRequestUri();
        } catch (RuntimeException unparseable) {
            return problem;
        }
        return problem.at(instance);
    }

    /** The JSON path of the offending value, without the Java method and parameter names. */
    static String fieldPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CONSTRUCTOR
                    || node.getKind() == ElementKind.RETURN_VALUE
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && path.length() > 0) {
                path.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        if (path.length() == 0) {
            // A violated query or path parameter: name it by the parameter.
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PARAMETER) {
                    return node.getName();
                }
            }
        }
        return path.toString();
    }

    private static boolean isBodyOverLimit(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException && "Request too large".equals(t.getMessage())) {
                return true;
            }
        }
        return false;
    }

    private static String jsonPath(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return null;
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
