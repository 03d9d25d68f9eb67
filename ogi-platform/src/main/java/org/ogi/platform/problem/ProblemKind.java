package org.ogi.platform.problem;

import java.net.URI;

/** The kinds of error the API answers with; each has a stable type URI. */
public enum ProblemKind {
    VALIDATION(400, "The request is not valid"),
    MALFORMED_BODY(400, "The request body cannot be read"),
    UNAUTHENTICATED(401, "Authentication is required"),
    FORBIDDEN(403, "Not allowed for your role"),
    NOT_FOUND(404, "Not found"),
    METHOD_NOT_ALLOWED(405, "Method not allowed"),
    NOT_ACCEPTABLE(406, "Not acceptable"),
    INVALID_TRANSITION(409, "Not allowed in the current state"),
    CONFLICT(409, "Conflicting change"),
    PAYLOAD_TOO_LARGE(413, "Payload too large"),
    URI_TOO_LONG(414, "URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
    IDEMPOTENCY_KEY_REUSED(422, "The idempotency key was used for a different request"),
    HEADERS_TOO_LARGE(431, "Request header fields too large"),
    UNAVAILABLE(503, "Temporarily unavailable"),
    INTERNAL(500, "Internal error");

    private final int status;
    private final String title;

    ProblemKind(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI type() {
        return URI.create("urn:ogi:problem:" + name().toLowerCase().replace('_', '-'));
    }

    public static ProblemKind forStatus(int status) {
        for (ProblemKind kind : values()) {
            if (kind.status == status) {
                return kind;
            }
        }
        return status >= 500 ? INTERNAL : VALIDATION;
    }
}
