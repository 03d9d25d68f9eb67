package org.ogi.cases.domain;

import static org.ogi.cases.domain.CaseAction.*;
import static org.ogi.cases.domain.CaseState.*;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ogi.law.ReplyRegime;

/**
 * The case workflow: the only place that knows which step leads from which state to which, who may take it and
 * under which conditions (ogi-rules §1.4–1.13).
 */
public final class CaseWorkflow {

    private static final Map<CaseState, Map<CaseAction, CaseState>> TRANSITIONS = new EnumMap<>(CaseState.class);
    private static final Map<CaseAction, Set<StaffRole>> ROLES = new EnumMap<>(CaseAction.class);

    static {
        for (CaseState state : CaseState.values()) {
            TRANSITIONS.put(state, new EnumMap<>(CaseAction.class));
        }
        from(RECEIVED, ACCEPT, ACCEPTED);
        from(RECEIVED, REQUEST_CORRECTION, CORRECTION_REQUESTED);
        from(CORRECTION_REQUESTED, RECORD_CORRECTION, CORRECTED);
        from(CORRECTION_REQUESTED, ABANDON, ABANDONED);
        from(CORRECTED, ACCEPT, ACCEPTED);
        from(ACCEPTED, ASSIGN, DRAFTING);
        from(DRAFTING, ASSIGN, DRAFTING);
        from(DRAFTING, SAVE_DRAFT, DRAFTING);
        from(DRAFTING, START_CONSULTATION, CONSULTING);
        from(DRAFTING, ISSUE_FEE_NOTICE, AWAITING_FEE);
        from(DRAFTING, SUBMIT_DRAFT, SECRECY_REVIEW);
        from(DRAFTING, REQUEST_REASONS, AWAITING_REASONS);
        from(AWAITING_REASONS, DECIDE_ON_REASONS, DRAFTING);
        // Art. 41 requests only (RequestKind): the decision is the answer.
        from(DRAFTING, DECIDE_RECORD_CORRECTION, REPLIED);
        from(CONSULTING, SAVE_DRAFT, CONSULTING);
        from(CONSULTING, START_CONSULTATION, CONSULTING);
        from(CONSULTING, RECORD_CONSULTATION_LETTER_RECEIPT, CONSULTING);
        // Goes back to DRAFTING when the last open consultation is answered, see target().
        from(CONSULTING, RECORD_CONSULTATION_ANSWER, DRAFTING);
        from(AWAITING_FEE, RECORD_FEE_NOTICE_RECEIPT, FEE_NOTICE_RECEIVED);
        // Payment proves receipt, so it may be recorded before the receipt day is.
        from(AWAITING_FEE, RECORD_FEE_PAYMENT, DRAFTING);
        from(FEE_NOTICE_RECEIVED, RECORD_FEE_PAYMENT, DRAFTING);
        // The payment period runs from the applicant's receipt of the notice: no abandonment before it is known.
        from(FEE_NOTICE_RECEIVED, ABANDON, ABANDONED);
        from(SECRECY_REVIEW, PASS_SECRECY_REVIEW, APPROVAL);
        from(SECRECY_REVIEW, RETURN_FROM_SECRECY_REVIEW, DRAFTING);
        from(APPROVAL, APPROVE, APPROVED);
        from(APPROVAL, RETURN_FROM_APPROVAL, DRAFTING);
        // An approved letter that cannot go out as approved (e.g. it must be re-dated, issue 10 item 9) goes back.
        from(APPROVED, RETURN_FROM_APPROVAL, DRAFTING);
        from(APPROVED, REPLY, REPLIED);
        from(REPLIED, RECORD_DELIVERY, DELIVERED);
        from(DELIVERED, CLOSE, CLOSED);
        // A decision ordering a new reply reopens an answered case; the new reply is drafted and reviewed again. It
        // binds the agency (ARL 2023 Arts. 64, 66, 77; ALL Arts. 70, 72, 94) whatever became of the request, so an
        // abandoned or withdrawn one is reopened too.
        for (CaseState state : List.of(REPLIED, DELIVERED, CLOSED, ABANDONED, WITHDRAWN)) {
            from(state, REOPEN, REOPENED);
        }
        from(REOPENED, ASSIGN, DRAFTING);
        from(REOPENED, SAVE_DRAFT, DRAFTING);
        // Art. 33: one extension while the reply is being prepared.
        for (CaseState state : List.of(
                ACCEPTED,
                DRAFTING,
                CONSULTING,
                AWAITING_FEE,
                FEE_NOTICE_RECEIVED,
                AWAITING_REASONS,
                SECRECY_REVIEW,
                APPROVAL)) {
            from(state, EXTEND, state);
        }
        // Art. 32: the objecting third party is told before the disclosure, at any point up to the reply.
        for (CaseState state : List.of(DRAFTING, CONSULTING, SECRECY_REVIEW, APPROVAL, APPROVED)) {
            from(state, NOTIFY_THIRD_PARTY, state);
        }
        // The applicant may withdraw at any time before the reply.
        for (CaseState state : List.of(
                RECEIVED,
                CORRECTION_REQUESTED,
                CORRECTED,
                ACCEPTED,
                DRAFTING,
                CONSULTING,
                AWAITING_FEE,
                FEE_NOTICE_RECEIVED,
                AWAITING_REASONS,
                SECRECY_REVIEW,
                APPROVAL,
                APPROVED)) {
            from(state, WITHDRAW, WITHDRAWN);
        }

        for (CaseAction action : CaseAction.values()) {
            ROLES.put(action, EnumSet.of(StaffRole.CASE_OFFICER));
        }
        ROLES.put(ASSIGN, EnumSet.of(StaffRole.CASE_OFFICER, StaffRole.OGI_OFFICE_HEAD));
        ROLES.put(EXTEND, EnumSet.of(StaffRole.OGI_OFFICE_HEAD));
        // Art. 35: the longer reply date is set by the head of the OGI office, who therefore decides.
        ROLES.put(DECIDE_ON_REASONS, EnumSet.of(StaffRole.OGI_OFFICE_HEAD));
        // The applicant withdraws their own request; staff record a withdrawal made on paper or in person.
        ROLES.put(WITHDRAW, EnumSet.of(StaffRole.CASE_OFFICER, StaffRole.APPLICANT));
        ROLES.put(PASS_SECRECY_REVIEW, EnumSet.of(StaffRole.SECRECY_REVIEWER));
        ROLES.put(RETURN_FROM_SECRECY_REVIEW, EnumSet.of(StaffRole.SECRECY_REVIEWER));
        ROLES.put(APPROVE, EnumSet.of(StaffRole.REVIEWER));
        ROLES.put(RETURN_FROM_APPROVAL, EnumSet.of(StaffRole.REVIEWER));
        ROLES.put(REOPEN, EnumSet.of(StaffRole.LEGAL_OFFICER));
    }

    private CaseWorkflow() {}

    private static void from(CaseState from, CaseAction action, CaseState to) {
        TRANSITIONS.get(from).put(action, to);
    }

    /** A decided step; {@code role} is the actor's role that allowed it. */
    public record Transition(CaseAction action, CaseState from, CaseState to, StaffRole role) {}

    /** The actions the state offers to anyone, before roles and conditions. */
    public static Set<CaseAction> actionsInState(CaseState state) {
        return Collections.unmodifiableSet(TRANSITIONS.get(state).keySet());
    }

    /** The actions the state offers for this kind of request (Art. 41 requests skip the disclosure steps). */
    public static Set<CaseAction> actionsInState(CaseState state, RequestKind kind) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        TRANSITIONS.get(state).keySet().stream().filter(kind::allows).forEach(actions::add);
        return Collections.unmodifiableSet(actions);
    }

    public static Set<StaffRole> rolesFor(CaseAction action) {
        return Collections.unmodifiableSet(ROLES.get(action));
    }

    /** What this actor may do to the case today, in enum order; a reopening is a decision's, never offered. */
    public static List<CaseAction> allowedActions(CaseFacts facts, Actor actor, LocalDate today) {
        return actionsInState(facts.state(), facts.kind()).stream()
                .filter(action -> action != REOPEN)
                .filter(action -> role(action, actor).isPresent())
                .filter(action -> blocked(facts, action, today).isEmpty())
                .filter(action -> fourEyesViolation(facts, action, actor).isEmpty())
                .toList();
    }

    /** Decides a step or refuses it: a missing role or four eyes is FORBIDDEN, anything else NOT_ALLOWED. */
    public static Transition decide(CaseFacts facts, CaseAction action, Actor actor, LocalDate today) {
        Optional<StaffRole> role = role(action, actor);
        if (role.isEmpty()) {
            throw refuse(
                    WorkflowRefusal.Kind.FORBIDDEN,
                    action + " needs one of the roles "
                            + ROLES.get(action).stream()
                                    .map(StaffRole::tokenName)
                                    .toList(),
                    facts,
                    actor,
                    today);
        }
        if (!actionsInState(facts.state()).contains(action)) {
            throw refuse(
                    WorkflowRefusal.Kind.NOT_ALLOWED,
                    action + " is not possible in state " + facts.state(),
                    facts,
                    actor,
                    today);
        }
        if (!facts.kind().allows(action)) {
            throw refuse(
                    WorkflowRefusal.Kind.NOT_ALLOWED,
                    action + " is not possible for a request of kind " + facts.kind(),
                    facts,
                    actor,
                    today);
        }
        Optional<String> blocked = blocked(facts, action, today);
        if (blocked.isPresent()) {
            throw refuse(WorkflowRefusal.Kind.NOT_ALLOWED, blocked.get(), facts, actor, today);
        }
        Optional<String> fourEyes = fourEyesViolation(facts, action, actor);
        if (fourEyes.isPresent()) {
            throw refuse(WorkflowRefusal.Kind.FORBIDDEN, fourEyes.get(), facts, actor, today);
        }
        return new Transition(action, facts.state(), target(facts, action), role.get());
    }

    /**
     * Whether an appeal's decision ordering a new reply reopens the case: an answered, abandoned or withdrawn case
     * does (the decision, not the applicant's withdrawal, now decides that a reply is owed); a case still being
     * answered just takes the decision's due date.
     */
    public static boolean reopensOnRemand(CaseState state) {
        return actionsInState(state).contains(REOPEN);
    }

    /** Art. 33 ¶2 (2019): at most 20 working days; Art. 24 (2008): at most 15. */
    public static int maxExtensionWorkingDays(LocalDate receivedDate) {
        return ReplyRegime.forReceivedDate(receivedDate).maxExtensionWorkingDays();
    }

    private static CaseState target(CaseFacts facts, CaseAction action) {
        if (action == RECORD_CONSULTATION_ANSWER && facts.openConsultations() > 1) {
            return CONSULTING;
        }
        return TRANSITIONS.get(facts.state()).get(action);
    }

    private static Optional<StaffRole> role(CaseAction action, Actor actor) {
        return ROLES.get(action).stream().filter(actor::has).findFirst();
    }

    /** The conditions of a step beyond its state, as the reason it cannot be taken now. */
    private static Optional<String> blocked(CaseFacts facts, CaseAction action, LocalDate today) {
        return switch (action) {
            case REQUEST_CORRECTION -> correctionNoticeBlocked(facts, today);
            case ABANDON -> abandonmentBlocked(facts, today);
            case EXTEND -> extensionBlocked(facts, today);
            case ISSUE_FEE_NOTICE -> feeNoticeBlocked(facts, today);
            case RECORD_CONSULTATION_LETTER_RECEIPT ->
                facts.letterReceiptMissing()
                        ? Optional.empty()
                        : Optional.of("every open consultation's letter receipt is already recorded");
            case NOTIFY_THIRD_PARTY ->
                facts.objectionAwaitingNotice()
                        ? Optional.empty()
                        : Optional.of("no objecting third party is waiting to be told of a disclosure (Art. 32)");
            case REQUEST_REASONS ->
                facts.reasonsRequested()
                        ? Optional.of("the applicant was already asked for reasons (Art. 35)")
                        : Optional.empty();
            case SUBMIT_DRAFT -> facts.hasDraft() ? Optional.empty() : Optional.of("there is no draft reply yet");
            case REPLY ->
                facts.disclosureNoticeMissing()
                        ? Optional.of(
                                "the reply discloses over a third party's objection: the third party must first be "
                                        + "told in writing what will be disclosed and why (Art. 32)")
                        : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Art. 30: within 7 working days of receipt (2019); the 2008 Regulation (Art. 21(四)) set no such limit. */
    private static Optional<String> correctionNoticeBlocked(CaseFacts facts, LocalDate today) {
        if (!ReplyRegime.forReceivedDate(facts.receivedDate()).hasCorrectionNoticePeriod()) {
            return Optional.empty();
        }
        if (facts.correctionNoticeDue() == null) {
            return Optional.of("the correction-notice due date (7 working days from receipt) "
                    + "is not known yet from deadline-service");
        }
        return today.isAfter(facts.correctionNoticeDue())
                ? Optional.of("a correction notice had to be sent by " + facts.correctionNoticeDue()
                        + " (7 working days from receipt)")
                : Optional.empty();
    }

    private static Optional<String> abandonmentBlocked(CaseFacts facts, LocalDate today) {
        boolean fee = facts.state() == FEE_NOTICE_RECEIVED;
        LocalDate due = fee ? facts.feePaymentDue() : facts.correctionPeriodDue();
        String period = fee ? "fee payment period" : "correction period";
        if (due == null) {
            return Optional.of("the end of the " + period + " is not known yet from deadline-service");
        }
        return today.isAfter(due) ? Optional.empty() : Optional.of("the " + period + " runs until " + due);
    }

    /**
     * Art. 33 ¶2: an extension is approved by the head of the OGI office and told to the applicant within the reply
     * period; once the reply is overdue an extension would erase the breach.
     */
    private static Optional<String> extensionBlocked(CaseFacts facts, LocalDate today) {
        if (facts.extended()) {
            return Optional.of("the reply period was already extended once");
        }
        if (facts.replyDue() == null) {
            return Optional.of("the reply due date is not known yet from deadline-service");
        }
        return today.isAfter(facts.replyDue())
                ? Optional.of("the reply was due on " + facts.replyDue() + "; an extension must be approved and told "
                        + "to the applicant before then (Art. 33 ¶2)")
                : Optional.empty();
    }

    /** Fee measures: charged from 2021-01-01, and the notice goes out within the reply period. */
    private static Optional<String> feeNoticeBlocked(CaseFacts facts, LocalDate today) {
        if (!facts.feeNoticesEnabled()) {
            return Optional.of("this agency does not issue fee notices");
        }
        if (facts.feeNoticeIssued()) {
            return Optional.of("a fee notice was already issued");
        }
        if (today.isBefore(FeeSchedule.CHARGED_FROM)) {
            return Optional.of("the fee measures (国办函〔2020〕109号) charge from " + FeeSchedule.CHARGED_FROM);
        }
        if (facts.replyDue() == null) {
            return Optional.of("the reply due date is not known yet from deadline-service");
        }
        return today.isAfter(facts.replyDue())
                ? Optional.of("a fee notice goes out within the reply period, which ended on " + facts.replyDue())
                : Optional.empty();
    }

    /** Four eyes: who wrote the reply does not approve it. */
    private static Optional<String> fourEyesViolation(CaseFacts facts, CaseAction action, Actor actor) {
        if ((action == APPROVE || action == RETURN_FROM_APPROVAL)
                && facts.draftAuthors().contains(actor.userId())) {
            return Optional.of("four eyes: " + actor.userId() + " wrote this draft reply and cannot approve it");
        }
        return Optional.empty();
    }

    private static WorkflowRefusal refuse(
            WorkflowRefusal.Kind kind, String detail, CaseFacts facts, Actor actor, LocalDate today) {
        return new WorkflowRefusal(kind, detail, facts.state(), allowedActions(facts, actor, today));
    }
}
