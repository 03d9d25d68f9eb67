package org.ogi.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.law.ReportColumn;
import org.ogi.law.TableFourBlock;

class TableFourReportTest {

    @Test
    void appealsFiledInTheYearCountByTheirColumnAtYearEndAndEachBlockAddsUp() {
        List<AppealFact> appeals = List.of(
                new AppealFact("R-1", "RECONSIDERATION", day("2024-03-01"), "MAINTAINED", day("2024-05-01")),
                new AppealFact("R-2", "RECONSIDERATION", day("2024-11-01"), "CORRECTED", day("2025-01-10")),
                new AppealFact("S-1", "DIRECT_SUIT", day("2024-02-01"), "OTHER", day("2024-03-01")),
                new AppealFact("S-2", "SUIT_AFTER_RECONSIDERATION", day("2024-06-01"), "CORRECTED", day("2024-09-01")),
                new AppealFact("S-3", "SECOND_INSTANCE", day("2024-10-01"), "MAINTAINED", day("2024-12-01")),
                new AppealFact("R-0", "RECONSIDERATION", day("2023-12-30"), "MAINTAINED", day("2024-01-20")));

        TableFourReport table = TableFourReport.count(2024, appeals);

        assertThat(table.cell(TableFourBlock.RECONSIDERATION, ReportColumn.MAINTAINED))
                .isEqualTo(1);
        assertThat(table.cell(TableFourBlock.RECONSIDERATION, ReportColumn.PENDING))
                .isEqualTo(1);
        assertThat(table.total(TableFourBlock.RECONSIDERATION)).isEqualTo(2);
        assertThat(table.cell(TableFourBlock.DIRECT_SUIT, ReportColumn.OTHER)).isEqualTo(1);
        assertThat(table.cell(TableFourBlock.SUIT_AFTER_RECONSIDERATION, ReportColumn.CORRECTED))
                .isEqualTo(1);
        assertThat(table.total(TableFourBlock.SUIT_AFTER_RECONSIDERATION)).isEqualTo(1);
        assertThat(table.countsIn(appeals.get(1), TableFourBlock.RECONSIDERATION, ReportColumn.PENDING))
                .isTrue();
        assertThat(table.check(appeals)).isEmpty();
    }

    @Test
    void aWithdrawalAfterTheDecisionKeepsTheDecidedColumn() {
        AppealFact decided = new AppealFact("R-1", "RECONSIDERATION", day("2024-03-01"), null, null)
                .withOutcome("CORRECTED", day("2024-05-01"));
        assertThat(decided.withOutcome("OTHER", day("2024-06-01")).column()).isEqualTo("CORRECTED");
    }

    @Test
    void anAppealDecidedWithAnUnknownColumnBreaksItsBlockAndIsNamed() {
        List<AppealFact> appeals = List.of(
                new AppealFact("R-1", "RECONSIDERATION", day("2024-03-01"), "MAINTAINED", day("2024-05-01")),
                new AppealFact("R-2", "RECONSIDERATION", day("2024-03-02"), "SOMETHING_NEW", day("2024-05-01")));
        TableFourReport table = TableFourReport.count(2024, appeals);

        List<Discrepancy> found = table.check(appeals);

        assertThat(found).hasSize(1);
        assertThat(found.get(0).rule()).isEqualTo(Discrepancy.Rule.BLOCK_ADDS_UP);
        assertThat(found.get(0).line()).isEqualTo("RECONSIDERATION");
        assertThat(found.get(0).expected()).isEqualTo(1);
        assertThat(found.get(0).actual()).isEqualTo(2);
        assertThat(found.get(0).trackingNumbers()).containsExactly("R-2");
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
