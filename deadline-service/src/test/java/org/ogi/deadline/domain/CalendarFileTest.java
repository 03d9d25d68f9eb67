package org.ogi.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CalendarFileTest {

    private static final String SAMPLE = """
            # comment
            2024 | 国办发明电〔2023〕7号 | rest: 2024-01-01, 2024-02-10..2024-02-17 | work: 2024-02-04, 2024-02-18

            2019 | 国办发明电〔2018〕15号 | rest: 2018-12-30..2019-01-01 | work: 2018-12-29
            """;

    private static String shippedText() throws IOException {
        try (InputStream in = CalendarFile.class.getClassLoader().getResourceAsStream(CalendarFile.OFFICIAL_RESOURCE)) {
            assertThat(in).as(CalendarFile.OFFICIAL_RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void parsesRangesListsAndPreviousDecember() {
        List<CalendarYear> years = CalendarFile.parse(SAMPLE);

        assertThat(years).extracting(CalendarYear::noticeYear).containsExactly(2024, 2019);
        CalendarYear y2024 = years.get(0);
        assertThat(y2024.noticeReference()).isEqualTo("国办发明电〔2023〕7号");
        assertThat(y2024.restDays()).hasSize(9).contains(LocalDate.parse("2024-02-13"));
        assertThat(y2024.makeUpWorkingDays())
                .containsExactly(LocalDate.parse("2024-02-04"), LocalDate.parse("2024-02-18"));
        assertThat(years.get(1).restDays())
                .containsExactly(
                        LocalDate.parse("2018-12-30"), LocalDate.parse("2018-12-31"), LocalDate.parse("2019-01-01"));
    }

    @Test
    void formatThenParseGivesTheSameYears() throws IOException {
        List<CalendarYear> shipped = CalendarFile.parse(shippedText());

        String rendered = CalendarFile.format(shipped);

        assertThat(CalendarFile.parse(rendered)).isEqualTo(shipped);
        assertThat(CalendarFile.format(CalendarFile.parse(rendered))).isEqualTo(rendered);
    }

    @Test
    void formatWritesYearsInOrderWithRangesForRunsOfThreeOrMore() {
        String rendered = CalendarFile.format(CalendarFile.parse(SAMPLE));

        assertThat(rendered.lines().filter(l -> !l.isBlank() && !l.startsWith("#")))
                .containsExactly(
                        "2019 | 国办发明电〔2018〕15号 | rest: 2018-12-30..2019-01-01 | work: 2018-12-29",
                        "2024 | 国办发明电〔2023〕7号 | rest: 2024-01-01, 2024-02-10..2024-02-17 | work: 2024-02-04, 2024-02-18");
        assertThat(CalendarFile.formatLine(CalendarYear.of(
                        2030, "x", Set.of(LocalDate.parse("2030-05-01"), LocalDate.parse("2030-05-02")), Set.of())))
                .isEqualTo("2030 | x | rest: 2030-05-01, 2030-05-02 | work: -");
    }

    @Test
    void shippedFileLinesAreInCanonicalForm() throws IOException {
        shippedText()
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .forEach(line -> assertThat(CalendarFile.formatLine(CalendarFile.parseLine(line)))
                        .isEqualTo(line));
    }

    @Test
    void shippedFileIsInTheProjectFormatNotTheUpstreamJson() throws IOException {
        assertThat(shippedText()).doesNotContain("isOffDay").doesNotContain("{");
    }

    @Test
    void malformedDateNamesTheLine() {
        String text = SAMPLE + "2025 | 国办发明电〔2024〕12号 | rest: 2025-01-01, 2025-13-01 | work: -\n";

        assertThatThrownBy(() -> CalendarFile.parse(text))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessageStartingWith("line 5:")
                .hasMessageContaining("2025-13-01")
                .extracting(e -> ((CalendarFormatException) e).lineNumber())
                .isEqualTo(5);
    }

    @Test
    void lineWithMissingFieldNamesTheLine() {
        assertThatThrownBy(() -> CalendarFile.parse("# header\n2025 | x | rest: 2025-01-01\n"))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessageStartingWith("line 2:")
                .hasMessageContaining("4 fields");
    }

    @Test
    void backwardsRangeAndDayBothRestAndWorkAreRejectedWithTheLine() {
        assertThatThrownBy(() -> CalendarFile.parse("2025 | x | rest: 2025-02-04..2025-01-28 | work: -"))
                .hasMessageStartingWith("line 1:")
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> CalendarFile.parse("2025 | x | rest: 2025-01-26 | work: 2025-01-26"))
                .hasMessageStartingWith("line 1:")
                .hasMessageContaining("both");
    }

    @Test
    void dateOutsideTheNoticeYearOrPreviousYearIsRejected() {
        assertThatThrownBy(() -> CalendarFile.parse("\n2025 | x | rest: 2023-12-31 | work: -"))
                .isInstanceOf(CalendarFormatException.class)
                .hasMessageStartingWith("line 2:")
                .hasMessageContaining("2023-12-31");
    }

    @Test
    void duplicateNoticeYearNamesTheSecondLine() {
        assertThatThrownBy(() -> CalendarFile.parse("2025 | a | rest: - | work: -\n2025 | b | rest: - | work: -"))
                .hasMessageStartingWith("line 2:")
                .hasMessageContaining("more than once");
    }

    @Test
    void referenceContainingTheFieldSeparatorCannotBeStored() {
        assertThatThrownBy(() -> CalendarYear.of(2030, "a | b", Set.of(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withYearReplacesTheDaysOfThatYear() {
        WorkingDayCalendar official = WorkingDayCalendar.official();
        LocalDate nationalDay = LocalDate.parse("2024-10-07");
        LocalDate makeUpSaturday = LocalDate.parse("2024-10-12");
        CalendarYear amended = CalendarFile.parseLine("2024 | amended | rest: 2024-10-01..2024-10-03 | work: -");

        WorkingDayCalendar changed = official.withYear(amended);

        assertThat(changed.isWorkingDay(nationalDay)).isTrue();
        assertThat(changed.isWorkingDay(makeUpSaturday)).isFalse();
        assertThat(changed.isWorkingDay(LocalDate.parse("2024-10-02"))).isFalse();
        assertThat(changed.calendarYear(2024)).contains(amended);
        assertThat(changed.years()).isEqualTo(official.years());
        assertThat(official.isWorkingDay(nationalDay)).as("original unchanged").isFalse();
        assertThat(official.isWorkingDay(makeUpSaturday))
                .as("original unchanged")
                .isTrue();
    }

    @Test
    void withYearAddsAYearAndEndsItsProvisionalStatus() {
        WorkingDayCalendar official = WorkingDayCalendar.official();
        LocalDate newYearsDay = LocalDate.parse("2027-01-01");
        assertThat(official.rollForward(newYearsDay).provisional()).isTrue();

        WorkingDayCalendar extended =
                official.withYear(CalendarFile.parseLine("2027 | test notice | rest: 2027-01-01 | work: 2026-12-26"));

        assertThat(extended.covers(2027)).isTrue();
        assertThat(extended.rollForward(newYearsDay))
                .isEqualTo(new CalendarAnswer(LocalDate.parse("2027-01-04"), false));
        assertThat(extended.isWorkingDay(LocalDate.parse("2026-12-26"))).isTrue();
        assertThat(extended.withoutYear(2027)).isEqualTo(official);
    }
}
