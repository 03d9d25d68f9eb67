package org.ogi.platform.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An RFC 9457 problem detail; {@code type} is stable per kind of error. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private final URI type;
    private final String title;
    private final int status;
    private final String detail;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private URI instance;

    public Problem(ProblemKind kind, String detail, List<FieldError> errors) {
        this.type = kind.type();
        this.title = kind.title();
        this.status = kind.status();
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public Problem(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    /** Adds a member beside the standard ones, e.g. the current state and the allowed actions of a 409. */
    public Problem with(String name, Object value) {
        extensions.put(name, value);
        return this;
    }

    public Problem at(URI instance) {
        this.instance = instance;
        return this;
    }

    public URI getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public int getStatus() {
        return status;
    }

    public String getDetail() {
        return detail;
    }

    public URI getInstance() {
        return instance;
    }

    public List<FieldError> getErrors() {
        return errors;
    }

    @JsonAnyGetter
    public Map<String, Object> getExtensions() {
        return extensions;
    }

    /** One offending input: {@code field} is the JSON path of the value, e.g. {@code applicant.idNumber}. */
    public record FieldError(String field, String message) {}
}
