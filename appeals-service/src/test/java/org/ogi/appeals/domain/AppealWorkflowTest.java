package org.ogi.appeals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.law.AppealKind;
import org.ogi.law.AppealProcedure;

class AppealWorkflowTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 5, 10);

    @Test
    void theAnswerIsDraftedReviewedByAnotherOfficerAndSubmitted() {
        AppealStatus drafted = AppealWorkflow.apply(AppealStatus.FILED, AppealAction.DRAFT_ANSWER, null, "li");
        assertThat(drafted).isEqualTo(AppealStatus.ANSWER_DRAFTED);
        assertThatThrownBy(() -> AppealWorkflow.apply(drafted, AppealAction.REVIEW_ANSWER, "li", "li"))
                .isInstanceOf(AppealWorkflow.Refusal.class);
        AppealStatus reviewed = AppealWorkflow.apply(drafted, AppealAction.REVIEW_ANSWER, "li", "wang");
        assertThat(AppealWorkflow.apply(reviewed, AppealAction.SUBMIT_ANSWER, "li", "li"))
                .isEqualTo(AppealStatus.ANSWER_SUBMITTED);
        assertThat(AppealWorkflow.apply(reviewed, AppealAction.RETURN_ANSWER, "li", "wang"))
                .isEqualTo(AppealStatus.ANSWER_DRAFTED);
    }

    @Test
    void anEndedAppealOnlyTakesNotesAndARefusalNamesTheAllowedActions() {
        assertThat(AppealWorkflow.apply(AppealStatus.FILED, AppealAction.DECIDE, null, "li"))
                .isEqualTo(AppealStatus.DECIDED);
        assertThatThrownBy(() -> AppealWorkflow.apply(AppealStatus.DECIDED, AppealAction.WITHDRAW, null, "li"))
                .isInstanceOfSatisfying(
                        AppealWorkflow.Refusal.class,
                        r -> assertThat(r.allowed()).containsExactly(AppealAction.NOTE_DATE));
        assertThatThrownBy(() -> AppealWorkflow.apply(AppealStatus.FILED, AppealAction.SUBMIT_ANSWER, null, "li"))
                .isInstanceOf(AppealWorkflow.Refusal.class);
        assertThat(AppealWorkflow.apply(AppealStatus.WITHDRAWN, AppealAction.NOTE_DATE, null, "li"))
                .isEqualTo(AppealStatus.WITHDRAWN);
    }

    @Test
    void onlyAReconsiderationBodyExtendsItsDecisionPeriodOnceWhileUndecided() {
        LocalDate filed = LocalDate.of(2024, 4, 10);
        assertThat(AppealWorkflow.offered(
                        AppealStatus.ANSWER_SUBMITTED,
                        AppealKind.RECONSIDERATION,
                        AppealProcedure.ORDINARY,
                        filed,
                        false))
                .contains(AppealAction.EXTEND_DECISION_PERIOD);
        assertThat(AppealWorkflow.apply(AppealStatus.ANSWER_SUBMITTED, AppealAction.EXTEND_DECISION_PERIOD, "li", "li"))
                .isEqualTo(AppealStatus.ANSWER_SUBMITTED);
        // Once (Art. 62 ¶1), never after the decision, never for a court.
        assertThat(AppealWorkflow.extensionBlocked(AppealKind.RECONSIDERATION, AppealProcedure.ORDINARY, filed, true))
                .hasValueSatisfying(reason -> assertThat(reason).contains("already extended"));
        assertThat(AppealWorkflow.offered(
                        AppealStatus.FILED, AppealKind.RECONSIDERATION, AppealProcedure.ORDINARY, filed, true))
                .doesNotContain(AppealAction.EXTEND_DECISION_PERIOD);
        assertThatThrownBy(() ->
                        AppealWorkflow.apply(AppealStatus.DECIDED, AppealAction.EXTEND_DECISION_PERIOD, null, "li"))
                .isInstanceOf(AppealWorkflow.Refusal.class);
        for (AppealKind court : List.of(
                AppealKind.DIRECT_SUIT,
                AppealKind.SUIT_AFTER_RECONSIDERATION,
                AppealKind.SECOND_INSTANCE,
                AppealKind.RETRIAL)) {
            assertThat(AppealWorkflow.offered(AppealStatus.FILED, court, AppealProcedure.ORDINARY, filed, false))
                    .doesNotContain(AppealAction.EXTEND_DECISION_PERIOD);
        }
        // The ARL 2023 simplified procedure has 30 days and no extension (Art. 62 ¶2); ARL 2017 had no such
        // procedure, so an application received in 2023 may be extended whatever was entered.
        assertThat(AppealWorkflow.extensionBlocked(
                        AppealKind.RECONSIDERATION, AppealProcedure.SIMPLIFIED, filed, false))
                .isPresent();
        assertThat(AppealWorkflow.extensionBlocked(
                        AppealKind.RECONSIDERATION, AppealProcedure.SIMPLIFIED, LocalDate.of(2023, 12, 29), false))
                .isEmpty();
    }

    @Test
    void anExtensionIsOneToThirtyDaysNotifiedBetweenTheFilingAndToday() {
        LocalDate filed = LocalDate.of(2024, 4, 10);
        assertThat(new DecisionPeriodExtension(30, TODAY, null).problems(filed, TODAY))
                .isEmpty();
        assertThat(new DecisionPeriodExtension(1, filed, "复杂").problems(filed, TODAY))
                .isEmpty();
        assertThat(new DecisionPeriodExtension(31, TODAY.plusDays(1), null).problems(filed, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("days", "notifiedOn");
        assertThat(new DecisionPeriodExtension(0, filed.minusDays(1), null).problems(filed, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("days", "notifiedOn");
        assertThat(new DecisionPeriodExtension(null, null, null).problems(filed, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("days", "notifiedOn");
    }

    @Test
    void aFilingNamesItsCasesAndTheAppealItFollows() {
        Filing suit = new Filing(
                AppealKind.SUIT_AFTER_RECONSIDERATION,
                false,
                List.of(),
                null,
                " ",
                "某区人民法院",
                null,
                AppealProcedure.ORDINARY,
                TODAY,
                TODAY.minusDays(1),
                null,
                TODAY.plusDays(1),
                true,
                null);
        assertThat(suit.problems(TODAY))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder(
                        "trackingNumbers", "appellant", "followsAppeal", "copyReceivedOn", "knewOn", "knewOn");

        Filing secondInstance = new Filing(
                AppealKind.SECOND_INSTANCE,
                true,
                List.of("A-2024-000001"),
                "A-AP-2024-000001",
                "张三",
                "某市中级人民法院",
                "(2024)行终1号",
                AppealProcedure.SIMPLIFIED,
                TODAY,
                TODAY,
                null,
                null,
                null,
                null);
        assertThat(secondInstance.problems(TODAY))
                .extracting(FieldProblem::field)
                .containsExactlyInAnyOrder("nonPerformance", "appealedForm", "procedure");

        Filing fine = new Filing(
                AppealKind.RECONSIDERATION,
                false,
                List.of("A-2024-000001"),
                null,
                "张三",
                "某区人民政府",
                "复2024-1",
                AppealProcedure.SIMPLIFIED,
                TODAY.minusDays(3),
                TODAY,
                null,
                TODAY.minusDays(30),
                null,
                null);
        assertThat(fine.problems(TODAY)).isEmpty();
        Filing rulingAppealed = new Filing(
                AppealKind.SECOND_INSTANCE,
                false,
                List.of("A-2024-000001"),
                "A-AP-2024-000002",
                "张三",
                "某市中级人民法院",
                null,
                AppealProcedure.ORDINARY,
                TODAY,
                TODAY,
                null,
                null,
                null,
                "RULING");
        assertThat(rulingAppealed.problems(TODAY)).isEmpty();
    }

    @Test
    void onlyLinkedKindsFollowEachOther() {
        assertThat(Filing.mayFollow(AppealKind.SUIT_AFTER_RECONSIDERATION, AppealKind.RECONSIDERATION))
                .isTrue();
        assertThat(Filing.mayFollow(AppealKind.SUIT_AFTER_RECONSIDERATION, AppealKind.DIRECT_SUIT))
                .isFalse();
        assertThat(Filing.mayFollow(AppealKind.SECOND_INSTANCE, AppealKind.DIRECT_SUIT))
                .isTrue();
        assertThat(Filing.mayFollow(AppealKind.RETRIAL, AppealKind.RECONSIDERATION))
                .isFalse();
    }

    @Test
    void aSuitAfterAnUpheldReconsiderationHasTheAgencyAndTheBodyAsCoDefendants() {
        assertThat(Defendants.agencyRole(AppealKind.SUIT_AFTER_RECONSIDERATION, Outcome.UPHELD))
                .isEqualTo(Defendants.Role.CO_DEFENDANT_WITH_BODY);
        assertThat(Defendants.agencyRole(AppealKind.SUIT_AFTER_RECONSIDERATION, Outcome.VARIED))
                .isEqualTo(Defendants.Role.BODY_ALONE);
        assertThat(Defendants.agencyRole(AppealKind.DIRECT_SUIT, null)).isEqualTo(Defendants.Role.AGENCY);
    }

    @Test
    void aDecisionOrderingANewReplyNeedsItsServiceAndOnlySomeOutcomesOrderOne() {
        Decision remand = new Decision(Outcome.ORDERED_TO_REPLY_AGAIN, "DECISION", TODAY, null, "复决1", false, null, 15);
        assertThat(remand.replyAgain()).isTrue();
        assertThat(remand.problems(AppealKind.RECONSIDERATION, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("servedOn");
        Decision upheldWithOrder =
                new Decision(Outcome.UPHELD, "JUDGMENT", TODAY, TODAY, "(2024)行初1号", true, null, null);
        assertThat(upheldWithOrder.problems(AppealKind.DIRECT_SUIT, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("replyAgainOrdered");
        Decision revokedAndRedo = new Decision(Outcome.REVOKED, "DECISION", TODAY, TODAY, "复决2", true, null, null);
        assertThat(revokedAndRedo.replyAgain()).isTrue();
        assertThat(revokedAndRedo.problems(AppealKind.RECONSIDERATION, TODAY)).isEmpty();
        assertThat(revokedAndRedo.problems(AppealKind.DIRECT_SUIT, TODAY))
                .extracting(FieldProblem::field)
                .containsExactly("form");
    }
}
