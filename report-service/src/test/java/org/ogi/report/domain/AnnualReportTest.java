package org.ogi.report.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogi.report.domain.TableThreeTest.fact;
import static org.ogi.report.domain.TableThreeTest.shapes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogi.law.ApplicantCategory;
import org.ogi.law.TableThreeRow;

class AnnualReportTest {

    @Test
    void cellsCoverBothTablesAndTheChecksumChangesWithAnyNumber() {
        AnnualReport report = report(fact("A-1", ApplicantCategory.NATURAL_PERSON, "2024-01-05", null, null));
        Map<String, Long> cells = report.cells();
        assertThat(cells).hasSize(25 * 7 + 3 * 5);
        assertThat(cells.get("三/NEW/NATURAL_PERSON")).isEqualTo(1);
        assertThat(cells.get("三/CARRIED_FORWARD/TOTAL")).isEqualTo(1);
        assertThat(cells.get("四/RECONSIDERATION/TOTAL")).isZero();
        assertThat(AnnualReport.checksum(cells))
                .hasSize(64)
                .isEqualTo(AnnualReport.checksum(new LinkedHashMap<>(cells)));

        AnnualReport changed = report(
                fact("A-1", ApplicantCategory.NATURAL_PERSON, "2024-01-05", "2024-03-01", TableThreeRow.DISCLOSED));
        assertThat(AnnualReport.checksum(changed.cells())).isNotEqualTo(AnnualReport.checksum(cells));
        assertThat(changed.differencesFrom(cells))
                .containsExactlyInAnyOrder(
                        new AnnualReport.Difference("三/DISCLOSED/NATURAL_PERSON", 0, 1),
                        new AnnualReport.Difference("三/DISCLOSED/TOTAL", 0, 1),
                        new AnnualReport.Difference("三/TOTAL/NATURAL_PERSON", 0, 1),
                        new AnnualReport.Difference("三/TOTAL/TOTAL", 0, 1),
                        new AnnualReport.Difference("三/CARRIED_FORWARD/NATURAL_PERSON", 1, 0),
                        new AnnualReport.Difference("三/CARRIED_FORWARD/TOTAL", 1, 0));
    }

    private static AnnualReport report(CaseFact... facts) {
        return new AnnualReport(
                "A", 2024, TableThree.count(2024, shapes(facts)), TableFourReport.count(2024, List.of()));
    }
}
