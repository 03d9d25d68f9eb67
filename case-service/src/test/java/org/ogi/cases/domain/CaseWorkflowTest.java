package org.ogi.cases.domain;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ogi.cases.domain.CaseAction.*;
import static org.ogi.cases.domain.CaseState.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
            entry(
                    DRAFTING,
                    Map.ofEntries(
                            entry(ASSIGN, DRAFTING),
                            entry(SAVE_DRAFT, DRAFTING),
                            entry(START_CONSULTATION, CONSULTING),
                            entry(ISSUE_FEE_NOTICE, AWAITING_FEE),
                            entry(SUBMIT_DRAFT, SECRECY_REVIEW),
                            entry(EXTEND, DRAFTING),
                            entry(REQUEST_REASONS, AWAITING_REASONS),
                            entry(NOTIFY_THIRD_PARTY, DRAFTING),
                            entry(WITHDRAW, WITHDRAWN))),
            entry(
                    CONSULTING,
                    Map.of(
                            SAVE_DRAFT,
                            CONSULTING,
                            START_CONSULTATION,
                            CONSULTING,
                            RECORD_CONSULTATION_LETTER_RECEIPT,
                            CONSULTING,
                            RECORD_CONSULTATION_ANSWER,
                            DRAFTING,
                            NOTIFY_THIRD_PARTY,
                            CONSULTING,
                            EXTEND,
                            CONSULTING,
                            WITHDRAW,
                            WITHDRAWN)),
            entry(
                    AWAITING_FEE,
                    Map.of(
                            RECORD_FEE_NOTICE_RECEIPT,
                            FEE_NOTICE_RECEIVED,
                            RECORD_FEE_PAYMENT,
                            DRAFTING,
                            EXTEND,
                            AWAITING_FEE,
                            WITHDRAW,
                            WITHDRAWN)),
            entry(
                    FEE_NOTICE_RECEIVED,
                    Map.of(
                            RECORD_FEE_PAYMENT,
                            DRAFTING,
                            ABANDON,
                            ABANDONED,
                            EXTEND,
                            FEE_NOTICE_RECEIVED,
                            WITHDRAW,
                            WITHDRAWN)),
            entry(AWAITING_REASONS, Map.of(DECIDE_ON_REASONS, DRAFTING, EXTEND, AWAITING_REASONS, WITHDRAW, WITHDRAWN)),
            entry(
                    SECRECY_REVIEW,
                    Map.of(
                            PASS_SECRECY_REVIEW,
                            APPROVAL,
                            RETURN_FROM_SECRECY_REVIEW,
                            DRAFTING,
                            NOTIFY_THIRD_PARTY,
                            SECRECY_REVIEW,
                            EXTEND,
                            SECRECY_REVIEW,
                            WITHDRAW,
                            WITHDRAWN)),
            entry(
                    APPROVAL,
                    Map.of(
                            APPROVE,
                            APPROVED,
                            RETURN_FROM_APPROVAL,
                            DRAFTING,
                            NOTIFY_THIRD_PARTY,
                            APPROVAL,
                            EXTEND,
                            APPROVAL,
                            WITHDRAW,
                            WITHDRAWN)),
            entry(
                    APPROVED,
                    Map.of(
                            REPLY,
                            REPLIED,
                            RETURN_FROM_APPROVAL,
                            DRAFTING,
                            NOTIFY_THIRD_PARTY,
                            APPROVED,
                            WITHDRAW,
                            WITHDRAWN)),
            entry(REPLIED, Map.of(RECORD_DELIVERY, DELIVERED, REOPEN, REOPENED)),
            entry(DELIVERED, Map.of(CLOSE, CLOSED, REOPEN, REOPENED)),
            entry(CLOSED, Map.of(REOPEN, REOPENED)),
            entry(REOPENED, Map.of(ASSIGN, DRAFTING, SAVE_DRAFT, DRAFTING)),
            entry(ABANDONED, Map.of(REOPEN, REOPENED)),
            entry(WITHDRAWN, Map.of(REOPEN, REOPENED)));

    /** Facts under which every condition of every step holds, so that only the state decides. */
    private static CaseFacts permissive(CaseState state) {
        return new Facts(state)
                .replyDue(TODAY)
                .letterReceiptMissing()
                .objectionAwaitingNotice()
                .build();
    }

    static Stream<Arguments> everyStateAndAction() {
        return Arrays.stream(CaseState.values())
                .flatMap(state -> Arrays.stream(CaseAction.values()).map(action -> Arguments.of(state, action)));
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
                                .containsExactlyInAnyOrderElementsOf(EXPECTED.get(state).keySet().stream()
                                        .filter(a -> a != REOPEN)
                                        .toList());
                    });
        }
    }

    @Test
    void theExpectedTableCoversEveryState() {
        assertThat(EXPECTED).containsOnlyKeys(CaseState.values());
        for (CaseState state : CaseState.values()) {
            assertThat(CaseWorkflow.actionsInState(state, RequestKind.INFORMATION))
                    .containsExactlyInAnyOrderElementsOf(EXPECTED.get(state).keySet());
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
                Arguments.of(DECIDE_ON_REASONS, EnumSet.of(StaffRole.OGI_OFFICE_HEAD)),
                Arguments.of(NOTIFY_THIRD_PARTY, EnumSet.of(StaffRole.CASE_OFFICER)),
                Arguments.of(WITHDRAW, EnumSet.of(StaffRole.CASE_OFFICER, StaffRole.APPLICANT)),
                Arguments.of(REOPEN, EnumSet.of(StaffRole.LEGAL_OFFICER)));
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("rolesOfActions")
    void onlyTheActionsRolesMayTakeIt(CaseAction action, Set<StaffRole> roles) {
        CaseState state = EXPECTED.entrySet().stream()
                .filter(e -> e.getValue().containsKey(action))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
        for (StaffRole role : StaffRole.values()) {
            Actor actor = new Actor("u-" + role, Set.of(role));
            if (roles.contains(role)) {
                assertThat(CaseWorkflow.decide(permissive(state), action, actor, TODAY)
                                .role())
                        .isEqualTo(role);
            } else {
                assertThatThrownBy(() -> CaseWorkflow.decide(permissive(state), action, actor, TODAY))
                        .isInstanceOfSatisfying(
                                WorkflowRefusal.class,
                                r -> assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.FORBIDDEN));
            }
        }
    }

    @Test
    void aRemandReopensACaseNoLongerBeingAnsweredAndTheNewReplyIsReviewedAgain() {
        // The decision binds the agency: an abandoned or withdrawn request is answered anew too.
        assertThat(Arrays.stream(CaseState.values()).filter(CaseWorkflow::reopensOnRemand))
                .containsExactlyInAnyOrder(REPLIED, DELIVERED, CLOSED, ABANDONED, WITHDRAWN);
        Actor legal = new Actor("legal", Set.of(StaffRole.LEGAL_OFFICER));
        assertThat(CaseWorkflow.decide(permissive(CLOSED), REOPEN, legal, TODAY).to())
                .isEqualTo(REOPENED);
        // Staff cannot reopen a case themselves: only a recorded decision does.
        assertThat(CaseWorkflow.allowedActions(permissive(DELIVERED), EVERY_ROLE, TODAY))
                .doesNotContain(REOPEN);
        // From the reopened case the way to a reply is the one every reply takes.
        Actor officer = new Actor("o", Set.of(StaffRole.CASE_OFFICER));
        assertThat(CaseWorkflow.allowedActions(permissive(REOPENED), officer, TODAY))
                .containsExactly(ASSIGN, SAVE_DRAFT);
        assertThat(CaseWorkflow.decide(permissive(REOPENED), SAVE_DRAFT, officer, TODAY)
                        .to())
                .isEqualTo(DRAFTING);
        assertThat(CaseWorkflow.actionsInState(REOPENED)).doesNotContain(REPLY, APPROVE, SUBMIT_DRAFT);
    }

    @Test
    void allowedActionsAreThoseOfTheCallersRoles() {
        Actor secrecy = new Actor("s", Set.of(StaffRole.SECRECY_REVIEWER));
        assertThat(CaseWorkflow.allowedActions(permissive(SECRECY_REVIEW), secrecy, TODAY))
                .containsExactly(PASS_SECRECY_REVIEW, RETURN_FROM_SECRECY_REVIEW);
        assertThat(CaseWorkflow.allowedActions(permissive(RECEIVED), secrecy, TODAY))
                .isEmpty();
    }

    @Test
    void theDrafterCannotApproveOrReturnTheirOwnReply() {
        Actor drafterWhoIsAlsoReviewer = new Actor("u-drafter", Set.of(StaffRole.REVIEWER, StaffRole.CASE_OFFICER));
        for (CaseAction action : List.of(APPROVE, RETURN_FROM_APPROVAL)) {
            assertThatThrownBy(() -> CaseWorkflow.decide(permissive(APPROVAL), action, drafterWhoIsAlsoReviewer, TODAY))
                    .isInstanceOfSatisfying(WorkflowRefusal.class, r -> {
                        assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.FORBIDDEN);
                        assertThat(r.getMessage()).contains("four eyes");
                        assertThat(r.allowedActions()).containsExactly(NOTIFY_THIRD_PARTY, WITHDRAW);
                    });
        }
        Actor otherReviewer = new Actor("u-reviewer", Set.of(StaffRole.REVIEWER));
        assertThat(CaseWorkflow.decide(permissive(APPROVAL), APPROVE, otherReviewer, TODAY)
                        .to())
                .isEqualTo(APPROVED);
    }

    @Test
    void correctionIsRequestedOnceOnly() {
        // From RECEIVED only, and RECEIVED is never reached again.
        assertThat(EXPECTED.entrySet().stream()
                        .filter(e -> e.getValue().containsKey(REQUEST_CORRECTION))
                        .map(Map.Entry::getKey))
                .containsExactly(RECEIVED);
        assertThat(EXPECTED.values().stream().flatMap(m -> m.values().stream())).doesNotContain(RECEIVED);
        assertThatThrownBy(() -> CaseWorkflow.decide(permissive(CORRECTED), REQUEST_CORRECTION, EVERY_ROLE, TODAY))
                .isInstanceOf(WorkflowRefusal.class);
    }

    @Test
    void correctionNoticeOnlyWithinTheSevenWorkingDaysDeadlineServiceComputed() {
        CaseFacts dueToday = new Facts(RECEIVED).correctionNoticeDue(TODAY).build();
        assertThat(CaseWorkflow.decide(dueToday, REQUEST_CORRECTION, EVERY_ROLE, TODAY)
                        .to())
                .isEqualTo(CORRECTION_REQUESTED);

        CaseFacts dueYesterday =
                new Facts(RECEIVED).correctionNoticeDue(TODAY.minusDays(1)).build();
        assertThatThrownBy(() -> CaseWorkflow.decide(dueYesterday, REQUEST_CORRECTION, EVERY_ROLE, TODAY))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.NOT_ALLOWED);
                    assertThat(r.getMessage()).contains("7 working days");
                    assertThat(r.allowedActions()).containsExactly(ACCEPT, WITHDRAW);
                });

        CaseFacts unknown = new Facts(RECEIVED).correctionNoticeDue(null).build();
        assertThatThrownBy(() -> CaseWorkflow.decide(unknown, REQUEST_CORRECTION, EVERY_ROLE, TODAY))
                .hasMessageContaining("not known yet");
    }

    @Test
    void abandonmentOnlyAfterTheCorrectionOrFeePeriodRanOut() {
        CaseFacts correctionRunning =
                new Facts(CORRECTION_REQUESTED).correctionPeriodDue(TODAY).build();
        assertThatThrownBy(() -> CaseWorkflow.decide(correctionRunning, ABANDON, EVERY_ROLE, TODAY))
                .hasMessageContaining("correction period runs until " + TODAY);
        CaseFacts correctionOver = new Facts(CORRECTION_REQUESTED)
                .correctionPeriodDue(TODAY.minusDays(1))
                .build();
        assertThat(CaseWorkflow.decide(correctionOver, ABANDON, EVERY_ROLE, TODAY)
                        .to())
                .isEqualTo(ABANDONED);

        CaseFacts feeRunning = new Facts(FEE_NOTICE_RECEIVED)
                .feeNoticeIssued()
                .feePaymentDue(TODAY)
                .build();
        assertThatThrownBy(() -> CaseWorkflow.decide(feeRunning, ABANDON, EVERY_ROLE, TODAY))
                .hasMessageContaining("fee payment period runs until");
        CaseFacts feeOver = new Facts(FEE_NOTICE_RECEIVED)
                .feeNoticeIssued()
                .feePaymentDue(TODAY.minusDays(1))
                .build();
        assertThat(CaseWorkflow.decide(feeOver, ABANDON, EVERY_ROLE, TODAY).to())
                .isEqualTo(ABANDONED);
        CaseFacts feeUnknown = new Facts(FEE_NOTICE_RECEIVED)
                .feeNoticeIssued()
                .feePaymentDue(null)
                .build();
        assertThat(CaseWorkflow.allowedActions(feeUnknown, EVERY_ROLE, TODAY)).doesNotContain(ABANDON);
    }

    @Test
    void extensionOnceOnly() {
        CaseFacts extended = new Facts(DRAFTING).replyDue(TODAY).extended().build();
        assertThatThrownBy(() -> CaseWorkflow.decide(extended, EXTEND, EVERY_ROLE, TODAY))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.NOT_ALLOWED);
                    assertThat(r.allowedActions()).doesNotContain(EXTEND).contains(SUBMIT_DRAFT);
                });
    }

    @Test
    void extensionIsAtMostTwentyWorkingDaysOrFifteenUnderThe2008Regulation() {
        assertThat(CaseWorkflow.maxExtensionWorkingDays(LocalDate.of(2019, 5, 15)))
                .isEqualTo(20);
        assertThat(CaseWorkflow.maxExtensionWorkingDays(LocalDate.of(2019, 5, 14)))
                .isEqualTo(15);
    }

    @Test
    void feeNoticeOnlyWhereTheAgencyChargesAndOnlyOnce() {
        assertThat(CaseWorkflow.allowedActions(
                        new Facts(DRAFTING).replyDue(TODAY).feeNoticesDisabled().build(), EVERY_ROLE, TODAY))
                .doesNotContain(ISSUE_FEE_NOTICE);
        assertThatThrownBy(() -> CaseWorkflow.decide(
                        new Facts(DRAFTING).replyDue(TODAY).feeNoticesDisabled().build(),
                        ISSUE_FEE_NOTICE,
                        EVERY_ROLE,
                        TODAY))
                .hasMessageContaining("does not issue fee notices");
        assertThatThrownBy(() -> CaseWorkflow.decide(
                        new Facts(DRAFTING).replyDue(TODAY).feeNoticeIssued().build(),
                        ISSUE_FEE_NOTICE,
                        EVERY_ROLE,
                        TODAY))
                .hasMessageContaining("already issued");
        assertThat(CaseWorkflow.decide(new Facts(DRAFTING).replyDue(TODAY).build(), ISSUE_FEE_NOTICE, EVERY_ROLE, TODAY)
                        .to())
                .isEqualTo(AWAITING_FEE);
    }

    @Test
    void answeringTheLastOpenConsultationResumesDrafting() {
        CaseFacts two = new Facts(CONSULTING).openConsultations(2).build();
        assertThat(CaseWorkflow.decide(two, RECORD_CONSULTATION_ANSWER, EVERY_ROLE, TODAY)
                        .to())
                .isEqualTo(CONSULTING);
        CaseFacts one = new Facts(CONSULTING).openConsultations(1).build();
        assertThat(CaseWorkflow.decide(one, RECORD_CONSULTATION_ANSWER, EVERY_ROLE, TODAY)
                        .to())
                .isEqualTo(DRAFTING);
    }

    @Test
    void aDraftIsNeededBeforeSubmission() {
        CaseFacts noDraft = new Facts(DRAFTING).noDraft().build();
        assertThatThrownBy(() -> CaseWorkflow.decide(noDraft, SUBMIT_DRAFT, EVERY_ROLE, TODAY))
                .hasMessageContaining("no draft");
    }

    /** Issue 10 item 2: the 2008 Regulation (Art. 21(四)) set no 7-working-day limit on asking for a correction. */
    @Test
    void a2008RequestMayGetACorrectionRequestWithoutTheSevenDayLimit() {
        LocalDate received = LocalDate.of(2018, 9, 28);
        CaseFacts facts = new Facts(RECEIVED)
                .receivedOn(received)
                .correctionNoticeDue(null)
                .build();
        assertThat(CaseWorkflow.decide(facts, REQUEST_CORRECTION, EVERY_ROLE, LocalDate.of(2018, 10, 8))
                        .to())
                .isEqualTo(CORRECTION_REQUESTED);
        // The 2019 rule still holds for a request received from 2019-05-15.
        CaseFacts of2019 = new Facts(RECEIVED)
                .receivedOn(LocalDate.of(2019, 5, 15))
                .correctionNoticeDue(null)
                .build();
        assertThatThrownBy(() -> CaseWorkflow.decide(of2019, REQUEST_CORRECTION, EVERY_ROLE, LocalDate.of(2019, 5, 20)))
                .hasMessageContaining("not known yet");
    }

    /** Issue 10 item 3: received 2024-09-27, due 2024-10-30; an extension approved on 2024-11-05 is refused. */
    @Test
    void anExtensionAfterTheReplyDueDateIsRefused() {
        CaseFacts overdue = new Facts(DRAFTING)
                .receivedOn(LocalDate.of(2024, 9, 27))
                .replyDue(LocalDate.of(2024, 10, 30))
                .build();
        assertThatThrownBy(() -> CaseWorkflow.decide(overdue, EXTEND, EVERY_ROLE, LocalDate.of(2024, 11, 5)))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> {
                    assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.NOT_ALLOWED);
                    assertThat(r.getMessage()).contains("2024-10-30", "Art. 33");
                    assertThat(r.allowedActions()).doesNotContain(EXTEND);
                });
        assertThat(CaseWorkflow.decide(overdue, EXTEND, EVERY_ROLE, LocalDate.of(2024, 10, 30))
                        .to())
                .isEqualTo(DRAFTING);
        CaseFacts unknown = new Facts(DRAFTING).build();
        assertThatThrownBy(() -> CaseWorkflow.decide(unknown, EXTEND, EVERY_ROLE, TODAY))
                .hasMessageContaining("not known yet");
    }

    /**
     * Issue 10 items 1 and 5: the payment period runs from the applicant's receipt of the notice, so abandonment
     * waits for that day to be recorded; notice received 2024-09-02 (payable until 2024-09-30), never paid,
     * abandoned on 2024-10-08.
     */
    @Test
    void anUnpaidFeeEndsInAbandonmentOnceTheNoticeReceiptIsRecordedAndThePeriodRanOut() {
        CaseFacts issued =
                new Facts(AWAITING_FEE).feeNoticeIssued().feePaymentDue(null).build();
        assertThat(CaseWorkflow.allowedActions(issued, EVERY_ROLE, LocalDate.of(2024, 9, 2)))
                .contains(RECORD_FEE_NOTICE_RECEIPT)
                .doesNotContain(ABANDON);
        assertThat(CaseWorkflow.decide(issued, RECORD_FEE_NOTICE_RECEIPT, EVERY_ROLE, LocalDate.of(2024, 9, 2))
                        .to())
                .isEqualTo(FEE_NOTICE_RECEIVED);

        CaseFacts received = new Facts(FEE_NOTICE_RECEIVED)
                .feeNoticeIssued()
                .feePaymentDue(LocalDate.of(2024, 9, 30))
                .build();
        assertThatThrownBy(() -> CaseWorkflow.decide(received, ABANDON, EVERY_ROLE, LocalDate.of(2024, 9, 30)))
                .hasMessageContaining("fee payment period runs until 2024-09-30");
        assertThat(CaseWorkflow.decide(received, ABANDON, EVERY_ROLE, LocalDate.of(2024, 10, 8))
                        .to())
                .isEqualTo(ABANDONED);
    }

    /** Issue 10 item 20: no fee notice before the measures charged (2021-01-01) or after the reply period. */
    @Test
    void aFeeNoticeGoesOutFrom2021AndWithinTheReplyPeriod() {
        CaseFacts before = new Facts(DRAFTING)
                .receivedOn(LocalDate.of(2020, 12, 1))
                .replyDue(LocalDate.of(2020, 12, 29))
                .build();
        assertThatThrownBy(() -> CaseWorkflow.decide(before, ISSUE_FEE_NOTICE, EVERY_ROLE, LocalDate.of(2020, 12, 31)))
                .hasMessageContaining("2021-01-01");
        CaseFacts late =
                new Facts(DRAFTING).replyDue(LocalDate.of(2024, 10, 30)).build();
        assertThatThrownBy(() -> CaseWorkflow.decide(late, ISSUE_FEE_NOTICE, EVERY_ROLE, LocalDate.of(2024, 10, 31)))
                .hasMessageContaining("within the reply period");
        assertThat(CaseWorkflow.decide(late, ISSUE_FEE_NOTICE, EVERY_ROLE, LocalDate.of(2024, 10, 30))
                        .to())
                .isEqualTo(AWAITING_FEE);
    }

    /** Issue 10 item 14: Art. 35 asks for reasons once; the head of the OGI office decides on them. */
    @Test
    void theArticle35StepAsksForReasonsOnceAndTheHeadOfTheOfficeDecides() {
        CaseFacts drafting = new Facts(DRAFTING).build();
        assertThat(CaseWorkflow.decide(drafting, REQUEST_REASONS, EVERY_ROLE, TODAY)
                        .to())
                .isEqualTo(AWAITING_REASONS);
        CaseFacts asked = new Facts(DRAFTING).reasonsRequested().build();
        assertThatThrownBy(() -> CaseWorkflow.decide(asked, REQUEST_REASONS, EVERY_ROLE, TODAY))
                .hasMessageContaining("already asked");
        CaseFacts awaiting = new Facts(AWAITING_REASONS).reasonsRequested().build();
        Actor officer = new Actor("o", Set.of(StaffRole.CASE_OFFICER));
        assertThatThrownBy(() -> CaseWorkflow.decide(awaiting, DECIDE_ON_REASONS, officer, TODAY))
                .isInstanceOfSatisfying(
                        WorkflowRefusal.class, r -> assertThat(r.kind()).isEqualTo(WorkflowRefusal.Kind.FORBIDDEN));
        Actor head = new Actor("h", Set.of(StaffRole.OGI_OFFICE_HEAD));
        assertThat(CaseWorkflow.decide(awaiting, DECIDE_ON_REASONS, head, TODAY).to())
                .isEqualTo(DRAFTING);
    }

    /** Issue 10 item 16: a reply that discloses over an objection waits for the written notice to the third party. */
    @Test
    void aDisclosureOverAnObjectionIsNotSentBeforeTheThirdPartyIsTold() {
        CaseFacts missing = new Facts(APPROVED)
                .objectionAwaitingNotice()
                .disclosureNoticeMissing()
                .build();
        assertThatThrownBy(() -> CaseWorkflow.decide(missing, REPLY, EVERY_ROLE, TODAY))
                .isInstanceOfSatisfying(WorkflowRefusal.class, r -> {
                    assertThat(r.getMessage()).contains("Art. 32");
                    assertThat(r.allowedActions()).contains(NOTIFY_THIRD_PARTY).doesNotContain(REPLY);
                });
        CaseFacts told = new Facts(APPROVED).build();
        assertThat(CaseWorkflow.decide(told, REPLY, EVERY_ROLE, TODAY).to()).isEqualTo(REPLIED);
        assertThatThrownBy(() -> CaseWorkflow.decide(told, NOTIFY_THIRD_PARTY, EVERY_ROLE, TODAY))
                .hasMessageContaining("no objecting third party");
    }

    /** Issue 10 item 4: a letter's receipt may be entered after the start, while one is missing. */
    @Test
    void aConsultationLettersReceiptIsRecordedWhileOneIsMissing() {
        assertThat(CaseWorkflow.decide(
                                new Facts(CONSULTING).letterReceiptMissing().build(),
                                RECORD_CONSULTATION_LETTER_RECEIPT,
                                EVERY_ROLE,
                                TODAY)
                        .to())
                .isEqualTo(CONSULTING);
        assertThatThrownBy(() -> CaseWorkflow.decide(
                        new Facts(CONSULTING).build(), RECORD_CONSULTATION_LETTER_RECEIPT, EVERY_ROLE, TODAY))
                .hasMessageContaining("already recorded");
    }

    /** Issue 10 item 19: an Art. 41 request is answered by the correction decision, not by a disclosure reply. */
    @Test
    void anArticle41RequestIsAnsweredByItsCorrectionDecision() {
        CaseFacts correction = new Facts(DRAFTING)
                .kind(RequestKind.RECORD_CORRECTION)
                .replyDue(TODAY)
                .build();
        assertThat(CaseWorkflow.allowedActions(correction, EVERY_ROLE, TODAY))
                .containsExactlyInAnyOrder(ASSIGN, EXTEND, DECIDE_RECORD_CORRECTION, WITHDRAW);
        assertThat(CaseWorkflow.decide(correction, DECIDE_RECORD_CORRECTION, EVERY_ROLE, TODAY)
                        .to())
                .isEqualTo(REPLIED);
        assertThatThrownBy(() -> CaseWorkflow.decide(correction, SAVE_DRAFT, EVERY_ROLE, TODAY))
                .hasMessageContaining("RECORD_CORRECTION");
        assertThatThrownBy(() ->
                        CaseWorkflow.decide(new Facts(DRAFTING).build(), DECIDE_RECORD_CORRECTION, EVERY_ROLE, TODAY))
                .hasMessageContaining("INFORMATION");
    }

    /** Issue 10 item 10: the applicant may withdraw their own request, and do nothing else. */
    @Test
    void theApplicantMayOnlyWithdraw() {
        Actor applicant = new Actor("app-1", Set.of(StaffRole.APPLICANT));
        assertThat(CaseWorkflow.allowedActions(
                        new Facts(DRAFTING).replyDue(TODAY).build(), applicant, TODAY))
                .containsExactly(WITHDRAW);
        assertThat(CaseWorkflow.decide(new Facts(RECEIVED).build(), WITHDRAW, applicant, TODAY)
                        .role())
                .isEqualTo(StaffRole.APPLICANT);
    }

    /** Case facts for one test: an information request received on RECEIVED_ON with a draft, unless changed. */
    static final class Facts {
        private final CaseState state;
        private RequestKind kind = RequestKind.INFORMATION;
        private LocalDate receivedOn = RECEIVED_ON;
        private LocalDate replyDue;
        private LocalDate correctionNoticeDue = TODAY;
        private LocalDate correctionPeriodDue = TODAY.minusDays(1);
        private LocalDate feePaymentDue = TODAY.minusDays(1);
        private boolean extended;
        private boolean feeNoticeIssued;
        private boolean feeNoticesEnabled = true;
        private boolean letterReceiptMissing;
        private boolean objectionAwaitingNotice;
        private boolean disclosureNoticeMissing;
        private boolean reasonsRequested;
        private int openConsultations = 1;
        private boolean hasDraft = true;

        Facts(CaseState state) {
            this.state = state;
        }

        Facts kind(RequestKind value) {
            kind = value;
            return this;
        }

        Facts receivedOn(LocalDate value) {
            receivedOn = value;
            return this;
        }

        Facts replyDue(LocalDate value) {
            replyDue = value;
            return this;
        }

        Facts correctionNoticeDue(LocalDate value) {
            correctionNoticeDue = value;
            return this;
        }

        Facts correctionPeriodDue(LocalDate value) {
            correctionPeriodDue = value;
            return this;
        }

        Facts feePaymentDue(LocalDate value) {
            feePaymentDue = value;
            return this;
        }

        Facts extended() {
            extended = true;
            return this;
        }

        Facts feeNoticeIssued() {
            feeNoticeIssued = true;
            return this;
        }

        Facts feeNoticesDisabled() {
            feeNoticesEnabled = false;
            return this;
        }

        Facts letterReceiptMissing() {
            letterReceiptMissing = true;
            return this;
        }

        Facts objectionAwaitingNotice() {
            objectionAwaitingNotice = true;
            return this;
        }

        Facts disclosureNoticeMissing() {
            disclosureNoticeMissing = true;
            return this;
        }

        Facts openConsultations(int value) {
            openConsultations = value;
            return this;
        }

        Facts noDraft() {
            hasDraft = false;
            return this;
        }

        Facts reasonsRequested() {
            reasonsRequested = true;
            return this;
        }

        CaseFacts build() {
            return new CaseFacts(
                    state,
                    receivedOn,
                    correctionNoticeDue,
                    correctionPeriodDue,
                    feePaymentDue,
                    extended,
                    feeNoticeIssued,
                    feeNoticesEnabled,
                    openConsultations,
                    hasDraft,
                    Set.of("u-drafter"),
                    kind,
                    replyDue,
                    letterReceiptMissing,
                    objectionAwaitingNotice,
                    disclosureNoticeMissing,
                    reasonsRequested);
        }
    }
}
