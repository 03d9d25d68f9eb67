package org.ogi.cases.domain;

import java.util.List;

/** A step the workflow refuses: NOT_ALLOWED in the case's state (409) or FORBIDDEN for this actor (403). */
public class WorkflowRefusal extends RuntimeException {

    public enum Kind {
        NOT_ALLOWED,
        FORBIDDEN
    }

    private final Kind kind;
    private final CaseState currentState;
    private final List<CaseAction> allowedActions;

    WorkflowRefusal(Kind kind, String detail, CaseState currentState, List<CaseAction> allowedActions) {
        super(detail);
        this.kind = kind;
        this.currentState = currentState;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public Kind kind() {
        return kind;
    }

    public CaseState currentState() {
        return currentState;
    }

    public List<CaseAction> allowedActions() {
        return allowedActions;
    }
}
