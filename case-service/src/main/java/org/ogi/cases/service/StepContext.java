package org.ogi.cases.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ogi.cases.domain.CaseWorkflow;
import org.ogi.cases.domain.FieldProblem;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.cases.persistence.LoadedCase;
import org.ogi.contracts.EventType;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.platform.outbox.Outbox;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;

/**
 * What a step is taken on: the loaded case, the transition the workflow decided, who takes it and when.
 *
 * @param now the step's instant in the clock's zone; {@link #today()} is its local date
 */
public record StepContext(
        LoadedCase loaded, CaseWorkflow.Transition transition, CaseCommand command, Staff staff, OffsetDateTime now) {

    public CaseFileEntity caseFile() {
        return loaded.caseFile();
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    /** The common part of every case event: the transition, when it took effect and who took it. */
    public CaseTransitioned transitioned(LocalDate occurredOn) {
        CaseFileEntity c = caseFile();
        return new CaseTransitioned(
                c.trackingNumber,
                c.agency,
                transition.action().name(),
                transition.from().name(),
                transition.to().name(),
                occurredOn,
                now,
                staff.userId(),
                transition.role().tokenName());
    }

    /** The step's outcome announcing it with this event, keyed by the case's tracking number. */
    public <T> StepOutcome announce(EventType<T> type, T payload) {
        return StepOutcome.announcing(new Outbox.Entry<>(type, caseFile().trackingNumber, payload));
    }

    void notAfterToday(String field, LocalDate date) {
        if (date.isAfter(today())) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
    }

    /** A 400 naming every invalid field, or nothing. */
    void reject(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems.stream()
                    .map(p -> new Problem.FieldError(p.field(), p.message()))
                    .toList());
        }
    }

    void requireComment(String why) {
        if (blank(command.comment())) {
            throw ProblemException.invalid("comment", why);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
