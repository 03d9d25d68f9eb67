package org.ogi.appeals.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.ogi.law.AppealKind;
import org.ogi.law.AppealProcedure;
import org.ogi.law.ReconsiderationLaw;

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
                        AppealAction.DRAFT_ANSWER,
                        AppealAction.NOTE_DATE,
                        AppealAction.EXTEND_DECISION_PERIOD,
                        AppealAction.DECIDE,
                        AppealAction.WITHDRAW);
            case ANSWER_DRAFTED ->
                EnumSet.of(
                        AppealAction.DRAFT_ANSWER,
                        AppealAction.REVIEW_ANSWER,
                        AppealAction.RETURN_ANSWER,
                        AppealAction.NOTE_DATE,
                        AppealAction.EXTEND_DECISION_PERIOD,
                        AppealAction.DECIDE,
                        AppealAction.WITHDRAW);
            case ANSWER_REVIEWED ->
                EnumSet.of(
                        AppealAction.SUBMIT_ANSWER,
                        AppealAction.RETURN_ANSWER,
                        AppealAction.NOTE_DATE,
                        AppealAction.EXTEND_DECISION_PERIOD,
                        AppealAction.DECIDE,
                        AppealAction.WITHDRAW);
            case ANSWER_SUBMITTED ->
                EnumSet.of(
                        AppealAction.NOTE_DATE,
                        AppealAction.EXTEND_DECISION_PERIOD,
                        AppealAction.DECIDE,
                        AppealAction.WITHDRAW);
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
            case NOTE_DATE, EXTEND_DECISION_PERIOD -> status;
            case FILE -> throw new IllegalArgumentException("an appeal is filed once");
        };
    }

    /**
     * The actions offered on the appeal: its status's, less an extension of the decision period it cannot take.
     */
    public static Set<AppealAction> offered(
            AppealStatus status,
            AppealKind kind,
            AppealProcedure procedure,
            LocalDate filedOn,
            boolean decisionPeriodExtended) {
        Set<AppealAction> offered = EnumSet.copyOf(allowed(status));
        if (extensionBlocked(kind, procedure, filedOn, decisionPeriodExtended).isPresent()) {
            offered.remove(AppealAction.EXTEND_DECISION_PERIOD);
        }
        return offered;
    }

    /**
     * Why the body cannot extend its decision period, if it cannot: only a reconsideration body extends (ARL 2023
     * Art. 62 ¶1, ARL 2017 Art. 31; a court's extension is not the agency's to record), once, and the ARL 2023
     * simplified procedure has none (Art. 62 ¶2). Whether the appeal is still undecided is its status's concern.
     */
    public static Optional<String> extensionBlocked(
            AppealKind kind, AppealProcedure procedure, LocalDate filedOn, boolean decisionPeriodExtended) {
        if (kind != AppealKind.RECONSIDERATION) {
            return Optional.of("only a reconsideration body extends its decision period (ARL 2023 Art. 62)");
        }
        if (decisionPeriodExtended) {
            return Optional.of("the decision period was already extended once (ARL 2023 Art. 62 ¶1)");
        }
        if (procedure == AppealProcedure.SIMPLIFIED
                && ReconsiderationLaw.forApplicationReceivedOn(filedOn) == ReconsiderationLaw.ARL_2023) {
            return Optional.of("the simplified procedure's 30 days have no extension (ARL 2023 Art. 62 ¶2)");
        }
        return Optional.empty();
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
