package org.ogi.cases.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ogi.cases.domain.CaseAction.*;
import static org.ogi.cases.domain.CaseState.*;

class CaseWorkflowTest {

    private static final LocalDate RECEIVED_ON = LocalDate.of(2024, 9, 27);
    private static final LocalDate TODAY = LocalDate.of(2024, 10, 9);
    private static final Actor EVERY_ROLE = new Actor("u-all", EnumSet.allOf(StaffRole.class));

    /** The expected workflow, written out independently of the implementation: state → action → next state. */
    private static final Map<CaseState, Map<CaseAction, CaseState>> EXPECTED = Map.ofEntries(
            entry(RECEIVED, Map.of(ACCEPT, ACCEPTED, REQUEST_CORRECTION, CORRECTION_REQUESTED, WITHDRAW, WITHDRAWN)),
            entry(CORRECTION_REQUESTED, Map.of(RECORD_CORRECTION, CORRECTED, ABANDON, ABANDONED, WITHDRAW, WITHDRAWN)),
            entry(CORRECTED, Map.of(ACCEPT, ACCEPTED, WITHDRAW, WITHDRAWN)),
            entry(ACCEPTED, Map.of(ASSIGN, DRAFTING, EXTEND, ACCEPTED, WITHDRAW, WITHDRAWN)),
            entry(DRAFTING, Map.of(ASSIGN, DRAFTING, SAVE_DRAFT, DRAFTING, START_CONSULTATION, CONSULTING,
                    ISSUE_FEE_NOTICE, AWAITING_FEE, SUBMIT_DRAFT, SECRECY_REVIEW, EXTEND, DRAFTING,
                    WITHDRAW, WITHDRAWN)),
            entry(CONSULTING, Map.of(SAVE_DRAFT, CONSULTING, START_CONSULTATION, CONSULTING,
                    RECORD_CONSULTATION_ANSWER, DRAFTING, EXTEND, CONSULTING, WITHDRAW, WITHDRAWN)),
            entry(AWAITING_FEE, Map.of(RECORD_FEE_PAYMENT, DRAFTING, ABANDON, ABANDONED, EXTEND, AWAITING_FEE,
                    WITHDRAW, WITHDRAWN)),
            entry(SECRECY_REVIEW, Map.of(PASS_SECRECY_REVIEW, APPROVAL, RETURN_FROM_SECRECY_REVIEW, DRAFTING,
                    EXTEND, SECRECY_REVIEW, WITHDRAW, WITHDRAWN)),
            entry(APPROVAL, Map.of(APPROVE, APPROVED, RETURN_FROM_APPROVAL, DRAFTING, EXTEND, APPROVAL,
                    WITHDRAW, WITHDRAWN)),
            entry(APPROVED, Map.of(REPLY, REPLIED, WITHDRAW, WITHDRAWN)),
            entry(REPLIED, Map.of(RECORD_DELIVERY, DELIVERED)),
            entry(DELIVERED, Map.of(CLOSE, CLOSED)),
            entry(CLOSED, Map.of()),
            entry(ABANDONED, Map.of()),
            entry(WITHDRAWN, Map.of()));

    /** Facts under which every condition of every step holds, so that only the state decides. */
    private static CaseFacts permissive(CaseState state) {
        return new CaseFacts(state, RECEIVED_ON, TODAY, TODAY.minusDays(1), TODAY.minusDays(1), false, false, true,
                1, true, Set.of("u-drafter"));
    }

    static Stream<Arguments> everyStateAndAction() {
        return Arrays.stream(CaseState.values()).flatMap(state ->
                Arrays.stream(CaseAction.values()).map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("everyStateAndAction")
    void everyStateAllowsExactlyItsTransitions(CaseState state, CaseAction action) {
        CaseFacts facts = permissive(state);
        CaseState expected = EXPECTED.get(state).get(action);
        if (expected != null) {
            CaseWorkflow.Transition transition = CaseWorkflow.decide(facts, action, EVERY_ROLE, TODAY);
            assertThat(transition.from()).isEqualTo(state);
            assertThat(transition.to()).isEqualTo(expected);
        } else {
            assertThatThrownBy(() -> CaseWorkflow.decide(facts, action, EVERY_ROLE, TODAY))
                    .isInstanceOfSatisfying(WorkflowRefusal.class, refusal -> {
                        assertThat(refusal.kind()).isEqualTo(WorkflowRefusal.Kind.NOT_ALLOWED);
                        assertThat(refusal.currentState()).isEqualTo(state);
                        assertThat(refusal.allowedActions())
                                .containsExactlyInAnyOrderElementsOf(EXPECTED.get(state).keySet());
                    });
        }
    }

    @Test
    void theExpectedTableCoversEveryState() {
        assertThat(EXPECTED).containsOnlyKeys(CaseState.values());
        for (CaseState state : CaseState.values()) {
            assertThat(CaseWorkflow.actionsInState(state)).containsExactlyInAnyOrderElementsOf(
                    EXPECTED.get(state).keySet());
        }
    }

    static Stream<Arguments> rolesOfActions() {
        return Stream.of(
                Arguments.of(ACCEPT, EnumSet.of(StaffRole.CASE_OFFICER)),
                Arguments.of(ASSIGN, EnumSet.of(StaffRole.CASE_OFFICER, StaffRole.OGI_OFFICE_HEAD)),
                Arguments.of(EXTEND, EnumSet.of(StaffRole.OGI_OFFICE_HEAD)),
                Arguments.of(PASS_SECRECY_REVIEW, EnumSet.of(StaffRole.SECRECY_REVIEWER)),
                Arguments.of(RETURN_FROM_SECRECY_REVIEW, EnumSet.of(StaffRole.SECRECY_REVIEWER)),
                Arguments.of(APPROVE, EnumSet.of(StaffRole.REVIEWER)),
                Arguments.of(RETURN_FROM_APPROVAL, EnumSet.of(StaffRole.REVIEWER)),
                Arguments.of(SAVE_DRAFT, EnumSet.of(StaffRole.CASE_OFFICER)),
                Arguments.of(REPLY, EnumSet.of(StaffRole.CASE_OFFICER)),
                Arguments.of(WITHDRAW, EnumSet.of(StaffRole.CASE_OFFICER)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("rolesOfActions")
    void onlyTheActionsRolesMayTakeIt(CaseAction action, Set<StaffRole> roles) {
        CaseState state = EXPECTED.entrySet().stream().filter(e -> e.getValue().containsKey(action))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        for (StaffRole role : StaffRole.values()) {
            Actor actor = new Actor("u-" + role, Set.of(role));
            if (roles.contains(role)) {
                assertThat(CaseWorkflow.decide(permissive(state), action, actor, TODAY).role()).isEqualTo(role);
            } else {
                assertThatThrownBy(() -> CaseWorkflow.decide(permissive(state), action, actor, TODAY))
                        .isInstanceOfSatisfying(WorkflowRefusal.class,
                                r -> assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.FORBIDDEN));
            }
        }
    }

    @Test
    void allowedActionsAreThoseOfTheCallersRoles() {
        Actor secrecy = new Actor("s", Set.of(StaffRole.SECRECY_REVIEWER));
        assertThat(CaseWorkflow.allowedActions(permissive(SECRECY_REVIEW), secrecy, TODAY))
                .containsExactly(PASS_SECRECY_REVIEW, RETURN_FROM_SECRECY_REVIEW);
        assertThat(CaseWorkflow.allowedActions(permissive(RECEIVED), secrecy, TODAY)).isEmpty();
    }

    @Test
    void theDrafterCannotApproveOrReturnTheirOwnReply() {
        Actor drafterWhoIsAlsoReviewer = new Actor("u-drafter", Set.of(StaffRole.REVIEWER, StaffRole.CASE_OFFICER));
        for (CaseAction action : List.of(APPROVE, RETURN_FROM_APPROVAL)) {
            assertThatThrownBy(() -> CaseWorkflow.decide(permissive(APPROVAL), action, drafterWhoIsAlsoReviewer, TODAY))
                    .isInstanceOfSatisfying(WorkflowRefusal.class, r -> {
                        assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.FORBIDDEN);
                        assertThat(r.getMessage()).contains("four eyes");
                        assertThat(r.allowedActions()).containsExactly(WITHDRAW);
                    });
        }
        Actor otherReviewer = new Actor("u-reviewer", Set.of(StaffRole.REVIEWER));
        assertThat(CaseWorkflow.decide(permissive(APPROVAL), APPROVE, otherReviewer, TODAY).to()).isEqualTo(APPROVED);
    }

    @Test
    void correctionIsRequestedOnceOnly() {
        // From RECEIVED only, and RECEIVED is never reached again.
        assertThat(EXPECTED.entrySet().stream().filter(e -> e.getValue().containsKey(REQUEST_CORRECTION))
                .map(Map.Entry::getKey)).containsExactly(RECEIVED);
        assertThat(EXPECTED.values().stream().flatMap(m -> m.values().stream())).doesNotContain(RECEIVED);
        assertThatThrownBy(() -> CaseWorkflow.decide(permissive(CORRECTED), REQUEST_CORRECTION, EVERY_ROLE, TODAY))
                .isInstanceOf(WorkflowRefusal.class);
    }

    @Test
    void correctionNoticeOnlyWithinTheSevenWorkingDaysDeadlineServiceComputed() {
        CaseFacts dueToday = facts(RECEIVED, TODAY, null, null, false, false, true);
        assertThat(CaseWorkflow.decide(dueToday, REQUEST_CORRECTION, EVERY_ROLE, TODAY).to())
                .isEqualTo(CORRECTION_REQUESTED);

        CaseFacts dueYesterday = facts(RECEIVED, TODAY.minusDays(1), null, null, false, false, true);
        assertThatThrownBy(() -> CaseWorkflow.decide(dueYesterday, REQUEST_CORRECTION, EVERY_ROLE, TODAY))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.NOT_ALLOWED);
                    assertThat(r.getMessage()).contains("7 working days");
                    assertThat(r.allowedActions()).containsExactly(ACCEPT, WITHDRAW);
                });

        CaseFacts unknown = facts(RECEIVED, null, null, null, false, false, true);
        assertThatThrownBy(() -> CaseWorkflow.decide(unknown, REQUEST_CORRECTION, EVERY_ROLE, TODAY))
                .hasMessageContaining("not known yet");
    }

    @Test
    void abandonmentOnlyAfterTheCorrectionOrFeePeriodRanOut() {
        CaseFacts correctionRunning = facts(CORRECTION_REQUESTED, null, TODAY, null, false, false, true);
        assertThatThrownBy(() -> CaseWorkflow.decide(correctionRunning, ABANDON, EVERY_ROLE, TODAY))
                .hasMessageContaining("correction period runs until " + TODAY);
        CaseFacts correctionOver = facts(CORRECTION_REQUESTED, null, TODAY.minusDays(1), null, false, false, true);
        assertThat(CaseWorkflow.decide(correctionOver, ABANDON, EVERY_ROLE, TODAY).to()).isEqualTo(ABANDONED);

        CaseFacts feeRunning = facts(AWAITING_FEE, null, null, TODAY, false, true, true);
        assertThatThrownBy(() -> CaseWorkflow.decide(feeRunning, ABANDON, EVERY_ROLE, TODAY))
                .hasMessageContaining("fee payment period runs until");
        CaseFacts feeOver = facts(AWAITING_FEE, null, null, TODAY.minusDays(1), false, true, true);
        assertThat(CaseWorkflow.decide(feeOver, ABANDON, EVERY_ROLE, TODAY).to()).isEqualTo(ABANDONED);
        CaseFacts feeUnknown = facts(AWAITING_FEE, null, null, null, false, true, true);
        assertThat(CaseWorkflow.allowedActions(feeUnknown, EVERY_ROLE, TODAY)).doesNotContain(ABANDON);
    }

    @Test
    void extensionOnceOnly() {
        CaseFacts extended = facts(DRAFTING, null, null, null, true, false, true);
        assertThatThrownBy(() -> CaseWorkflow.decide(extended, EXTEND, EVERY_ROLE, TODAY))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.NOT_ALLOWED);
                    assertThat(r.allowedActions()).doesNotContain(EXTEND).contains(SUBMIT_DRAFT);
                });
    }

    @Test
    void extensionIsAtMostTwentyWorkingDaysOrFifteenUnderThe2008Regulation() {
        assertThat(CaseWorkflow.maxExtensionWorkingDays(LocalDate.of(2019, 5, 15))).isEqualTo(20);
        assertThat(CaseWorkflow.maxExtensionWorkingDays(LocalDate.of(2019, 5, 14))).isEqualTo(15);
    }

    @Test
    void feeNoticeOnlyWhereTheAgencyChargesAndOnlyOnce() {
        assertThat(CaseWorkflow.allowedActions(facts(DRAFTING, null, null, null, false, false, false),
                EVERY_ROLE, TODAY)).doesNotContain(ISSUE_FEE_NOTICE);
        assertThatThrownBy(() -> CaseWorkflow.decide(facts(DRAFTING, null, null, null, false, false, false),
                ISSUE_FEE_NOTICE, EVERY_ROLE, TODAY)).hasMessageContaining("does not issue fee notices");
        assertThatThrownBy(() -> CaseWorkflow.decide(facts(DRAFTING, null, null, null, false, true, true),
                ISSUE_FEE_NOTICE, EVERY_ROLE, TODAY)).hasMessageContaining("already issued");
    }

    @Test
    void answeringTheLastOpenConsultationResumesDrafting() {
        CaseFacts two = new CaseFacts(CONSULTING, RECEIVED_ON, null, null, null, false, false, true, 2, false,
                Set.of());
        assertThat(CaseWorkflow.decide(two, RECORD_CONSULTATION_ANSWER, EVERY_ROLE, TODAY).to()).isEqualTo(CONSULTING);
        CaseFacts one = new CaseFacts(CONSULTING, RECEIVED_ON, null, null, null, false, false, true, 1, false,
                Set.of());
        assertThat(CaseWorkflow.decide(one, RECORD_CONSULTATION_ANSWER, EVERY_ROLE, TODAY).to()).isEqualTo(DRAFTING);
    }

    @Test
    void aDraftIsNeededBeforeSubmission() {
        CaseFacts noDraft = new CaseFacts(DRAFTING, RECEIVED_ON, null, null, null, false, false, true, 0, false,
                Set.of());
        assertThatThrownBy(() -> CaseWorkflow.decide(noDraft, SUBMIT_DRAFT, EVERY_ROLE, TODAY))
                .hasMessageContaining("no draft");
    }

    private static CaseFacts facts(CaseState state, LocalDate correctionNoticeDue, LocalDate correctionPeriodDue,
            LocalDate feePaymentDue, boolean extended, boolean feeNoticeIssued, boolean feeNoticesEnabled) {
        return new CaseFacts(state, RECEIVED_ON, correctionNoticeDue, correctionPeriodDue, feePaymentDue, extended,
                feeNoticeIssued, feeNoticesEnabled, 0, true, Set.of());
    }
}
