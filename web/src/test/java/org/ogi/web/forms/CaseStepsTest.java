package org.ogi.web.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseStepsTest {

    @Test
    void onlyTheActionsTheCaseListsAreOfferedInWorkflowOrder() {
        List<StepForm> steps = CaseSteps.forActions(List.of("CLOSE", "ACCEPT", "SAVE_DRAFT", "UNKNOWN"));

        assertThat(steps).extracting(StepForm::action).containsExactly("ACCEPT", "CLOSE");
    }

    @Test
    void approvalAndItsReturnPostTheOutcomeToTheSameSubResource() {
        StepForm approve = CaseSteps.of("APPROVE").orElseThrow();
        StepForm returned = CaseSteps.of("RETURN_FROM_APPROVAL").orElseThrow();

        assertThat(approve.path()).isEqualTo("approvals").isEqualTo(returned.path());
        assertThat(approve.fields()).contains(Field.hidden("outcome", "APPROVED"));
        assertThat(returned.fields()).contains(Field.hidden("outcome", "RETURNED"));
    }

    @Test
    void aConsultationStepAddressesTheConsultationTypedIntoItsForm() {
        StepForm answer = CaseSteps.of("RECORD_CONSULTATION_ANSWER").orElseThrow();

        assertThat(answer.pathVariables()).containsExactly("consultationId");
        assertThat(answer.pathFor(Map.of("consultationId", " 7 ", "outcome", "CONSENT")))
                .isEqualTo("consultations/7/answers");
    }
}
