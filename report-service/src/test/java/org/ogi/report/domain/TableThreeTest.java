package org.ogi.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.law.ApplicantCategory;
import org.ogi.law.TableThreeRow;

class TableThreeTest {

    private static final ApplicantCategory PERSON = ApplicantCategory.NATURAL_PERSON;

    @Test
    void the2021FormatHasTheTwentyTwoDataRowsInOrderWithTheirExactLabels() {
        List<String> labels =
                ReportFormat.FORMAT_2021.lines().stream().map(Line::label).toList();
        assertThat(labels)
                .containsExactly(
                        "一、本年新收政府信息公开申请数量",
                        "二、上年结转政府信息公开申请数量",
                        "（一）予以公开",
                        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
                        "1.属于国家秘密",
                        "2.其他法律行政法规禁止公开",
                        "3.危及“三安全一稳定”",
                        "4.保护第三方合法权益",
                        "5.属于三类内部事务信息",
                        "6.属于四类过程性信息",
                        "7.属于行政执法案卷",
                        "8.属于行政查询事项",
                        "1.本机关不掌握相关政府信息",
                        "2.没有现成信息需要另行制作",
                        "3.补正后申请内容仍不明确",
                        "1.信访举报投诉类申请",
                        "2.重复申请",
                        "3.要求提供公开出版物",
                        "4.无正当理由大量反复申请",
                        "5.要求行政机关确认或重新出具已获取信息",
                        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
                        "3.其他",
                        "（七）总计",
                        "四、结转下年度继续办理");
        // 22 data rows under 三 (the results, （七） included), plus 一, 二 and 四.
        assertThat(labels).hasSize(25);
        assertThat(ReportFormat.FORMAT_2021.lines().get(4).heading()).isEqualTo("（三）不予公开");
        assertThat(ReportFormat.FORMAT_2021.lines().get(22).heading()).isEqualTo("（六）其他处理");
        assertThat(ReportFormat.FORMAT_2021.lines().get(2).heading()).isEqualTo("三、本年度办理结果");
    }

    @Test
    void theTrialFormatOf2019And2020HasASingleOtherRow() {
        assertThat(ReportFormat.forYear(2019)).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(ReportFormat.forYear(2020)).isEqualTo(ReportFormat.TRIAL_2019);
        assertThat(ReportFormat.forYear(2021)).isEqualTo(ReportFormat.FORMAT_2021);
        assertThat(ReportFormat.forYear(2018)).isEqualTo(ReportFormat.FORMAT_2021);
        List<Line> trial = ReportFormat.TRIAL_2019.lines();
        assertThat(trial).hasSize(23);
        Line other = trial.get(20);
        assertThat(other.label()).isEqualTo("（六）其他处理");
        assertThat(other.rows())
                .containsExactlyInAnyOrder(
                        TableThreeRow.OTHER_CORRECTION_NOT_MADE,
                        TableThreeRow.OTHER_FEE_NOT_PAID,
                        TableThreeRow.OTHER_OTHER);

        TableThree table = TableThree.count(
                2020,
                shapes(
                        fact("A-1", PERSON, "2020-03-01", "2020-04-01", TableThreeRow.OTHER_FEE_NOT_PAID),
                        fact("A-2", PERSON, "2020-03-01", "2020-04-01", TableThreeRow.OTHER_OTHER)));
        assertThat(table.cell("OTHER", PERSON)).isEqualTo(2);
        assertThat(table.check()).isEmpty();
    }

    @Test
    void receivedInDecemberAndAnsweredInJanuaryIsNewThenCarriedForwardThenHandledNextYear() {
        List<ShapeCount> shapes = shapes(fact("A-1", PERSON, "2024-12-30", "2025-01-06", TableThreeRow.DISCLOSED));

        TableThree y2024 = TableThree.count(2024, shapes);
        assertThat(y2024.cell("NEW", PERSON)).isEqualTo(1);
        assertThat(y2024.cell("TOTAL", PERSON)).isZero();
        assertThat(y2024.cell("CARRIED_FORWARD", PERSON)).isEqualTo(1);
        assertThat(y2024.check()).isEmpty();

        TableThree y2025 = TableThree.count(2025, shapes);
        assertThat(y2025.cell("NEW", PERSON)).isZero();
        assertThat(y2025.cell("CARRIED_OVER", PERSON)).isEqualTo(1);
        assertThat(y2025.cell("DISCLOSED", PERSON)).isEqualTo(1);
        assertThat(y2025.cell("TOTAL", PERSON)).isEqualTo(1);
        assertThat(y2025.cell("CARRIED_FORWARD", PERSON)).isZero();
        assertThat(y2025.check()).isEmpty();
    }

    @Test
    void aCaseOpenOverTwoYearEndsIsCarriedOverTwice() {
        List<ShapeCount> shapes = shapes(fact(
                "A-1",
                ApplicantCategory.RESEARCH_INSTITUTION,
                "2023-11-20",
                "2025-02-03",
                TableThreeRow.WITHHELD_STATE_SECRET));

        assertThat(TableThree.count(2023, shapes).cell("CARRIED_FORWARD", ApplicantCategory.RESEARCH_INSTITUTION))
                .isEqualTo(1);
        TableThree y2024 = TableThree.count(2024, shapes);
        assertThat(y2024.cell("CARRIED_OVER", ApplicantCategory.RESEARCH_INSTITUTION))
                .isEqualTo(1);
        assertThat(y2024.cell("CARRIED_FORWARD", ApplicantCategory.RESEARCH_INSTITUTION))
                .isEqualTo(1);
        assertThat(y2024.cell("TOTAL", ApplicantCategory.RESEARCH_INSTITUTION)).isZero();
        TableThree y2025 = TableThree.count(2025, shapes);
        assertThat(y2025.cell("CARRIED_OVER", ApplicantCategory.RESEARCH_INSTITUTION))
                .isEqualTo(1);
        assertThat(y2025.cell("WITHHELD_STATE_SECRET", ApplicantCategory.RESEARCH_INSTITUTION))
                .isEqualTo(1);
        assertThat(y2025.total("WITHHELD_STATE_SECRET")).isEqualTo(1);
        for (int year = 2023; year <= 2025; year++) {
            assertThat(TableThree.count(year, shapes).check()).isEmpty();
        }
    }

    @Test
    void theLastDaysOfTheYearBelongToIt() {
        List<ShapeCount> shapes =
                shapes(fact("A-1", PERSON, "2024-01-01", "2024-12-31", TableThreeRow.PARTIALLY_DISCLOSED));
        TableThree y2024 = TableThree.count(2024, shapes);
        assertThat(y2024.cell("NEW", PERSON)).isEqualTo(1);
        assertThat(y2024.cell("PARTIALLY_DISCLOSED", PERSON)).isEqualTo(1);
        assertThat(y2024.cell("CARRIED_FORWARD", PERSON)).isZero();
        assertThat(TableThree.count(2025, shapes).cell("CARRIED_OVER", PERSON)).isZero();
    }

    @Test
    void aCaseReopenedAfterARemandCountsOnceInTheYearOfItsFirstOutcome() {
        CaseFact replied = fact("A-1", PERSON, "2024-02-01", "2024-03-01", TableThreeRow.WITHHELD_PROCESS_INFORMATION);
        CaseFact sameYear = replied.withOutcome(day("2024-10-01"), TableThreeRow.DISCLOSED, RemandRule.LATEST_IN_YEAR);
        assertThat(sameYear.row()).isEqualTo(TableThreeRow.DISCLOSED);
        assertThat(sameYear.outcomeDate()).isEqualTo(day("2024-03-01"));
        assertThat(replied.withOutcome(day("2024-10-01"), TableThreeRow.DISCLOSED, RemandRule.FIRST)
                        .row())
                .isEqualTo(TableThreeRow.WITHHELD_PROCESS_INFORMATION);

        CaseFact nextYear = replied.withOutcome(day("2025-01-15"), TableThreeRow.DISCLOSED, RemandRule.LATEST_IN_YEAR);
        assertThat(nextYear).isEqualTo(replied);
        assertThat(TableThree.count(2025, shapes(nextYear)).total("TOTAL")).isZero();
        assertThat(TableThree.count(2024, shapes(nextYear)).total("WITHHELD_PROCESS_INFORMATION"))
                .isEqualTo(1);
    }

    @Test
    void totalColumnIsTheSumOfTheSixApplicantCategorys() {
        TableThree table = TableThree.count(
                2024,
                shapes(
                        fact("A-1", PERSON, "2024-01-05", "2024-02-01", TableThreeRow.DISCLOSED),
                        fact("A-2", ApplicantCategory.COMMERCIAL_ENTERPRISE, "2024-01-05", null, null),
                        fact(
                                "A-3",
                                ApplicantCategory.LEGAL_SERVICE_INSTITUTION,
                                "2023-06-05",
                                "2024-02-01",
                                TableThreeRow.OTHER_OTHER)));
        assertThat(table.values("NEW")).containsExactly(1, 1, 0, 0, 0, 0, 2);
        assertThat(table.values("CARRIED_FORWARD")).containsExactly(0, 1, 0, 0, 0, 0, 1);
        assertThat(table.values("TOTAL")).containsExactly(1, 0, 0, 0, 1, 0, 2);
        assertThat(table.check()).isEmpty();
    }

    @Test
    void aCaseWithoutApplicantCategoryBreaksTheRowSumAndIsNamed() {
        CaseFact unknown = fact("A-9", null, "2024-01-05", "2024-02-01", TableThreeRow.DISCLOSED);
        TableThree table = TableThree.count(2024, shapes(unknown, fact("A-1", PERSON, "2024-01-05", null, null)));

        List<Discrepancy> found = table.check();
        assertThat(found).extracting(Discrepancy::rule).containsOnly(Discrepancy.Rule.COLUMNS_ADD_UP);
        assertThat(found).extracting(Discrepancy::line).containsExactlyInAnyOrder("NEW", "DISCLOSED", "TOTAL");
        Discrepancy onNew =
                found.stream().filter(d -> d.line().equals("NEW")).findFirst().orElseThrow();
        assertThat(onNew.expected()).isEqualTo(1);
        assertThat(onNew.actual()).isEqualTo(2);
        assertThat(onNew.column()).isEqualTo("TOTAL");
        assertThat(table.suspect(onNew)).accepts(unknown).rejects(fact("A-1", PERSON, "2024-01-05", null, null));
    }

    @Test
    void aHandledCaseWithoutReceivedDateBreaksTheBalanceAndIsNamed() {
        CaseFact noReceipt = fact("A-7", PERSON, null, "2024-05-01", TableThreeRow.DISCLOSED);
        TableThree table = TableThree.count(2024, shapes(noReceipt));

        List<Discrepancy> found = table.check();
        assertThat(found)
                .extracting(Discrepancy::rule, Discrepancy::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Discrepancy.Rule.BALANCE, "NATURAL_PERSON"),
                        org.assertj.core.groups.Tuple.tuple(Discrepancy.Rule.BALANCE, "TOTAL"));
        Discrepancy balance = found.get(0);
        assertThat(balance.line()).isEqualTo("CARRIED_FORWARD");
        assertThat(balance.expected()).isEqualTo(-1);
        assertThat(table.suspect(balance)).accepts(noReceipt);
    }

    @Test
    void aCaseHandledBeforeItWasReceivedBreaksTheBalanceInBothYears() {
        CaseFact backwards = fact("A-8", PERSON, "2025-01-03", "2024-12-20", TableThreeRow.DISCLOSED);
        for (int year : new int[] {2024, 2025}) {
            TableThree table = TableThree.count(year, shapes(backwards));
            assertThat(table.check()).extracting(Discrepancy::rule).contains(Discrepancy.Rule.BALANCE);
            assertThat(table.suspect(table.check().get(0))).accepts(backwards);
        }
    }

    @Test
    void aHandledCaseWithoutRowBreaksTheResultSumAndIsNamed() {
        CaseFact noRow = fact("A-6", PERSON, "2024-01-03", "2024-02-20", null);
        TableThree table = TableThree.count(2024, shapes(noRow));
        List<Discrepancy> found = table.check();
        assertThat(found).extracting(Discrepancy::rule).containsOnly(Discrepancy.Rule.RESULTS_ADD_UP);
        assertThat(found.get(0).line()).isEqualTo("TOTAL");
        assertThat(found.get(0).expected()).isZero();
        assertThat(found.get(0).actual()).isEqualTo(1);
        assertThat(table.suspect(found.get(0))).accepts(noRow);
    }

    static CaseFact fact(String number, ApplicantCategory column, String received, String outcome, TableThreeRow row) {
        LocalDate outcomeDate = outcome == null ? null : day(outcome);
        return new CaseFact(number, column, received == null ? null : day(received), outcomeDate, row, outcomeDate);
    }

    static List<ShapeCount> shapes(CaseFact... facts) {
        List<ShapeCount> shapes = new ArrayList<>();
        for (CaseFact fact : facts) {
            shapes.add(new ShapeCount(fact.shape(), 1));
        }
        return shapes;
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
