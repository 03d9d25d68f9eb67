package org.ogi.appeals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogi.law.AppealKind;
import org.ogi.law.ReportColumn;
import org.ogi.law.TableFourBlock;
import org.ogi.law.TableFourCount;

class TableFourTest {

    private final TableFour table = new TableFour(Map.of());

    @ParameterizedTest
    @CsvSource({
        "UPHELD,MAINTAINED",
        "CLAIM_DISMISSED,MAINTAINED",
        "REVOKED,CORRECTED",
        "PARTIALLY_REVOKED,CORRECTED",
        "VARIED,CORRECTED",
        "DECLARED_UNLAWFUL,CORRECTED",
        "DECLARED_VOID,CORRECTED",
        "ORDERED_TO_PERFORM,CORRECTED",
        "ORDERED_TO_REPLY_AGAIN,CORRECTED",
        "NOT_ACCEPTED,OTHER",
        "APPLICATION_DISMISSED,OTHER",
        "TERMINATED,OTHER",
        "WITHDRAWN,OTHER",
        "MEDIATED,OTHER"
    })
    void everyOutcomeHasTheSuggestedColumn(Outcome outcome, ReportColumn column) {
        assertThat(table.columnOf(outcome)).isEqualTo(column);
    }

    @Test
    void everyOutcomeIsMapped() {
        assertThat(TableFour.SUGGESTED).containsOnlyKeys(Outcome.values());
    }

    @Test
    void theMappingIsConfigurableButNothingCountsAsPending() {
        assertThat(new TableFour(Map.of(Outcome.MEDIATED, ReportColumn.MAINTAINED)).columnOf(Outcome.MEDIATED))
                .isEqualTo(ReportColumn.MAINTAINED);
        assertThatThrownBy(() -> new TableFour(Map.of(Outcome.UPHELD, ReportColumn.PENDING)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appealsWithoutAnOutcomeAtYearEndArePendingAndEachBlockAddsUp() {
        List<TableFour.Counted> appeals = List.of(
                new TableFour.Counted(AppealKind.RECONSIDERATION, day("2024-03-01"), Outcome.UPHELD, day("2024-05-01")),
                new TableFour.Counted(
                        AppealKind.RECONSIDERATION, day("2024-11-01"), Outcome.REVOKED, day("2025-01-10")),
                new TableFour.Counted(AppealKind.RECONSIDERATION, day("2024-12-01"), null, null),
                new TableFour.Counted(AppealKind.DIRECT_SUIT, day("2024-02-01"), Outcome.WITHDRAWN, day("2024-03-01")),
                new TableFour.Counted(
                        AppealKind.SUIT_AFTER_RECONSIDERATION,
                        day("2024-06-01"),
                        Outcome.ORDERED_TO_REPLY_AGAIN,
                        day("2024-09-01")),
                new TableFour.Counted(AppealKind.SECOND_INSTANCE, day("2024-10-01"), Outcome.UPHELD, day("2024-12-01")),
                new TableFour.Counted(
                        AppealKind.RECONSIDERATION, day("2023-12-30"), Outcome.UPHELD, day("2024-01-20")));

        var rows = table.count(appeals, 2024);

        assertThat(rows.get(TableFourBlock.RECONSIDERATION)).isEqualTo(new TableFourCount.Row(1, 0, 0, 2));
        assertThat(rows.get(TableFourBlock.RECONSIDERATION).total()).isEqualTo(3);
        assertThat(rows.get(TableFourBlock.DIRECT_SUIT)).isEqualTo(new TableFourCount.Row(0, 0, 1, 0));
        assertThat(rows.get(TableFourBlock.SUIT_AFTER_RECONSIDERATION)).isEqualTo(new TableFourCount.Row(0, 1, 0, 0));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
