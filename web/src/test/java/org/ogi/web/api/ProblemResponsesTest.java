package org.ogi.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void theFieldsOfAProblemAreKeyedByTheirJsonPathInChinese() {
        ApiProblem problem = ProblemResponses.parse(400, """
                {"type":"about:blank","title":"Bad Request","status":400,"detail":"2 fields are not valid",
                 "errors":[{"field":"applicant.email","message":"must be a well-formed email address"},
                           {"field":"channel","message":"must not be null"}]}""");

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.fieldErrors())
                .containsEntry("applicant.email", "电子邮箱格式不正确")
                .containsEntry("channel", "必填");
    }

    @Test
    void aConflictCarriesTheActionsStillAllowed() {
        ApiProblem problem = ProblemResponses.parse(409, """
                {"title":"Conflict","status":409,"detail":"not allowed in SECRECY_REVIEW",
                 "allowedActions":["PASS_SECRECY_REVIEW","RETURN_FROM_SECRECY_REVIEW"]}""");

        assertThat(problem.allowedActions()).containsExactly("PASS_SECRECY_REVIEW", "RETURN_FROM_SECRECY_REVIEW");
        assertThat(problem.detail()).isEqualTo("not allowed in SECRECY_REVIEW");
    }

    @Test
    void anAnswerThatIsNoProblemDocumentStillGivesItsStatus() {
        ApiProblem problem = ProblemResponses.parse(502, "<html>Bad gateway</html>");

        assertThat(problem.status()).isEqualTo(502);
        assertThat(problem.fieldErrors()).isEmpty();
        assertThat(problem.title()).isEqualTo("Bad Gateway");
    }
}
