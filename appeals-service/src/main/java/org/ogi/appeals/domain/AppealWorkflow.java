package org.ogi.appeals.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The answer or defence is drafted, reviewed by another legal officer and submitted (issue 13 item 5); a decision
 * or withdrawal ends the appeal. A body may decide without an answer (e.g. 不予受理), so deciding is open until the
 * end. Dates such as hearings can be noted at any time.
 */
public final class AppealWorkflow {

    private AppealWorkflow() {}

    public static Set<AppealAction> allowed(AppealStatus status) {
        return switch (status) {
            case FILED ->
                EnumSet.of(
                        AppealAction.DRAFT_ANSWER, AppealAction.NOTE_DATE, AppealAction.DECIDE, AppealAction.WITHDRAW);
            case ANSWER_DRAFTED ->
                EnumSet.of(
                        AppealAction.DRAFT_ANSWER,
                        AppealAction.REVIEW_ANSWER,
                        AppealAction.RETURN_ANSWER,
                        AppealAction.NOTE_DATE,
                        AppealAction.DECIDE,
                        AppealAction.WITHDRAW);
            case ANSWER_REVIEWED ->
                EnumSet.of(
                        AppealAction.SUBMIT_ANSWER,
                        AppealAction.RETURN_ANSWER,
                        AppealAction.NOTE_DATE,
                        AppealAction.DECIDE,
                        AppealAction.WITHDRAW);
            case ANSWER_SUBMITTED -> EnumSet.of(AppealAction.NOTE_DATE, AppealAction.DECIDE, AppealAction.WITHDRAW);
            case DECIDED, WITHDRAWN -> EnumSet.of(AppealAction.NOTE_DATE);
        };
    }

    /**
     * The status after {@code action}; a refusal names the allowed actions.
     *
     * @param drafter  who drafted the answer (null if none yet)
     * @param actor    who acts: the reviewer must not be the drafter
     */
    public static AppealStatus apply(AppealStatus status, AppealAction action, String drafter, String actor) {
        if (!allowed(status).contains(action)) {
            throw new Refusal(action + " is not allowed while the appeal is " + status, allowed(status));
        }
        if (action == AppealAction.REVIEW_ANSWER && actor.equals(drafter)) {
            throw new Refusal("the answer is reviewed by a legal officer other than its drafter", allowed(status));
        }
        return switch (action) {
            case DRAFT_ANSWER, RETURN_ANSWER -> AppealStatus.ANSWER_DRAFTED;
            case REVIEW_ANSWER -> AppealStatus.ANSWER_REVIEWED;
            case SUBMIT_ANSWER -> AppealStatus.ANSWER_SUBMITTED;
            case DECIDE -> AppealStatus.DECIDED;
            case WITHDRAW -> AppealStatus.WITHDRAWN;
            case NOTE_DATE -> status;
            case FILE -> throw new IllegalArgumentException("an appeal is filed once");
        };
    }

    /** A step the appeal's status does not allow. */
    public static final class Refusal extends RuntimeException {
        private final Set<AppealAction> allowed;

        public Refusal(String message, Set<AppealAction> allowed) {
            super(message);
            this.allowed = Set.copyOf(allowed);
        }

        public Set<AppealAction> allowed() {
            return allowed;
        }
    }
}
