package org.ogi.platform.problem;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * Thrown by services to answer with a problem; mapped by {@link ProblemMappers}. A WebApplicationException, so
 * the framework passes it through unchanged also from parameter converters.
 */
public class ProblemException extends WebApplicationException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.getDetail(), problem.getStatus());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(new Problem(ProblemKind.NOT_FOUND, detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(new Problem(ProblemKind.FORBIDDEN, detail));
    }

    public static ProblemException invalid(List<Problem.FieldError> errors) {
        return new ProblemException(new Problem(
                ProblemKind.VALIDATION,
                errors.size() + (errors.size() == 1 ? " field is" : " fields are") + " not valid",
                errors));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(new Problem(ProblemKind.CONFLICT, detail));
    }
}
