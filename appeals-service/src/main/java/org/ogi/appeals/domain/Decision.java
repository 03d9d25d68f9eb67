package org.ogi.appeals.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ogi.law.AppealKind;

/**
 * The body's decision or the court's judgment or ruling (issue 13 item 6). {@link #replyAgain()}: the agency must
 * reply again, by {@code replyAgainBy} or within {@code replyAgainWorkingDays} working days of service.
 *
 * @param form DECISION (reconsideration), JUDGMENT or RULING (court)
 */
public record Decision(
        Outcome outcome,
        String form,
        LocalDate decidedOn,
        LocalDate servedOn,
        String documentNumber,
        boolean replyAgainOrdered,
        LocalDate replyAgainBy,
        Integer replyAgainWorkingDays) {

    public boolean replyAgain() {
        return outcome != null && (outcome.ordersNewReply() || replyAgainOrdered);
    }

    public List<FieldProblem> problems(AppealKind kind, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "is required"));
        }
        if (kind == AppealKind.RECONSIDERATION
                ? !"DECISION".equals(form)
                : !"JUDGMENT".equals(form) && !"RULING".equals(form)) {
            problems.add(new FieldProblem(
                    "form",
                    kind == AppealKind.RECONSIDERATION
                            ? "a reconsideration ends in a DECISION"
                            : "a court decides by JUDGMENT or RULING"));
        }
        if (decidedOn == null) {
            problems.add(new FieldProblem("decidedOn", "is required"));
        } else if (decidedOn.isAfter(today)) {
            problems.add(new FieldProblem("decidedOn", "is in the future"));
        }
        if (servedOn != null && (servedOn.isAfter(today) || decidedOn != null && servedOn.isBefore(decidedOn))) {
            problems.add(new FieldProblem("servedOn", "is in the future or before the decision"));
        }
        if (documentNumber == null || documentNumber.isBlank()) {
            problems.add(new FieldProblem("documentNumber", "is required"));
        }
        if (replyAgainOrdered && outcome != null && !outcome.mayOrderNewReply()) {
            problems.add(new FieldProblem("replyAgainOrdered", outcome.label() + " orders no new reply"));
        }
        if (replyAgain() && servedOn == null) {
            problems.add(new FieldProblem("servedOn", "the new reply's period runs from service"));
        }
        if (replyAgainWorkingDays != null && replyAgainWorkingDays < 1) {
            problems.add(new FieldProblem("replyAgainWorkingDays", "must be at least 1"));
        }
        if (replyAgainBy != null && servedOn != null && !replyAgainBy.isAfter(servedOn)) {
            problems.add(new FieldProblem("replyAgainBy", "must be after service"));
        }
        return problems;
    }
}
