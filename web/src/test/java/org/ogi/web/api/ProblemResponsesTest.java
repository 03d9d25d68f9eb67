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

    @Test
    void aReportFailingAnInvariantCarriesItsCellsAndCases() {
        ApiProblem problem = ProblemResponses.parse(409, """
                {"title":"Conflict","status":409,"detail":"the 2025 report of A fails 1 invariant(s)",
                 "discrepancies":[{"table":"三","line":"NEW","lineLabel":"一、本年新收政府信息公开申请数量",
                   "column":"TOTAL","columnLabel":"总计","rule":"BALANCE","expected":4,"actual":3,
                   "trackingNumbers":["A-2025-000001"]}]}""");

        assertThat(problem.discrepancies()).hasSize(1);
        assertThat(problem.discrepancies().get(0))
                .containsEntry("columnLabel", "总计")
                .containsEntry("expected", 4)
                .containsEntry("trackingNumbers", java.util.List.of("A-2025-000001"));
    }
}
