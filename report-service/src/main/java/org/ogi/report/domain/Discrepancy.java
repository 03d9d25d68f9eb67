package org.ogi.report.domain;

import java.util.List;
import org.ogi.law.ApplicantCategory;

/**
 * A failed invariant of the annual report: the cell whose number does not match what the rule demands, and the
 * cases behind the mismatch, so the OGI office can fix them before publishing.
 *
 * @param column   the column key (an {@link ApplicantCategory}, TOTAL, or a table 四 block)
 * @param expected what the rule demands from the other cells
 * @param actual   the cell's number
 */
public record Discrepancy(
        String table,
        String line,
        String lineLabel,
        String column,
        String columnLabel,
        Rule rule,
        long expected,
        long actual,
        List<String> trackingNumbers) {

    public enum Rule {
        /** Per column: 一 + 二 = （七）总计 + 四. */
        BALANCE("一 + 二 = （七）总计 + 四"),
        /** Per column: （七）总计 = （一） + （二） + the numbered rows of （三）–（六）. */
        RESULTS_ADD_UP("（七）总计 = 各办理结果之和"),
        /** Per row: 总计 = the six applicant columns. */
        COLUMNS_ADD_UP("总计 = 自然人 + 法人或其他组织各列之和"),
        /** Per table 四 block: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
        BLOCK_ADDS_UP("总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结");

        private final String text;

        Rule(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public Discrepancy withCases(List<String> cases) {
        return new Discrepancy(table, line, lineLabel, column, columnLabel, rule, expected, actual, List.copyOf(cases));
    }
}
