package org.ogi.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Test vectors T1–T17 of ogi-rules §6.4, against the calendar file shipped with the service. */
class CalendarVectorsTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(CalendarFile.loadOfficial());

    enum Period {
        WORKING_DAYS,
        CALENDAR_DAYS,
        MONTHS
    }

    static Stream<Arguments> vectors() {
        return Stream.of(
                vector(
                        "T1 OGI Art. 33, 20 wd over National Day 2024",
                        Period.WORKING_DAYS,
                        "2024-09-27",
                        20,
                        "2024-10-30"),
                vector("T2 OGI Art. 33 extension, +20 wd", Period.WORKING_DAYS, "2024-10-30", 20, "2024-11-27"),
                vector(
                        "T3 OGI Art. 30, 7 wd ends on make-up Saturday",
                        Period.WORKING_DAYS,
                        "2024-09-27",
                        7,
                        "2024-10-12"),
                vector("T4 OGI Art. 33 over Spring Festival 2025", Period.WORKING_DAYS, "2025-01-20", 20, "2025-02-21"),
                vector("T5 OGI Art. 33 over Spring Festival 2026", Period.WORKING_DAYS, "2026-02-10", 20, "2026-03-16"),
                vector("T6 OGI Art. 33 across the year end", Period.WORKING_DAYS, "2023-12-29", 20, "2024-01-29"),
                vector("T7 OGI Art. 33 over National Day 2019", Period.WORKING_DAYS, "2019-09-27", 20, "2019-10-30"),
                vector("T8 OGI 2008 Art. 24, 15 wd", Period.WORKING_DAYS, "2018-09-28", 15, "2018-10-24"),
                vector(
                        "T9 OGI Art. 32, 15 wd over Labour Day 2024",
                        Period.WORKING_DAYS,
                        "2024-04-30",
                        15,
                        "2024-05-23"),
                vector("T10 ARL Art. 48, 10 wd", Period.WORKING_DAYS, "2024-09-26", 10, "2024-10-15"),
                vector(
                        "T11 ARL Art. 20, 60 cd ending on National Day",
                        Period.CALENDAR_DAYS,
                        "2024-08-02",
                        60,
                        "2024-10-08"),
                vector("T12 ALL Art. 46, 6 months", Period.MONTHS, "2024-04-30", 6, "2024-10-30"),
                vector(
                        "T13 ALL Art. 46, 6 months ending on a holiday, rolls to make-up Saturday",
                        Period.MONTHS,
                        "2023-04-01",
                        6,
                        "2023-10-07"),
                vector("T14 ALL Art. 46, clipped to month end", Period.MONTHS, "2024-08-31", 6, "2025-02-28"),
                vector(
                        "T15 ALL Art. 85, 15 cd ending in National Day 2025",
                        Period.CALENDAR_DAYS,
                        "2025-09-20",
                        15,
                        "2025-10-09"),
                vector(
                        "T16 ALL Art. 85, 10 cd ending in National Day 2025",
                        Period.CALENDAR_DAYS,
                        "2025-09-25",
                        10,
                        "2025-10-09"),
                // §6.4 lists 2024-02-12 "(Mon, working)", but 国办发明电〔2023〕7号 makes 2024-02-10..17 rest days,
                // so the raw last day 2024-02-12 is a rest day and the period ends on make-up Sunday 2024-02-18.
                vector(
                        "T17 ALL Art. 45, 15 cd ending in Spring Festival 2024",
                        Period.CALENDAR_DAYS,
                        "2024-01-28",
                        15,
                        "2024-02-18"));
    }

    private static Arguments vector(String id, Period period, String start, int amount, String expected) {
        return Arguments.of(id, period, LocalDate.parse(start), amount, LocalDate.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void vectorGivesTheDocumentedDate(String id, Period period, LocalDate start, int amount, LocalDate expected) {
        CalendarAnswer answer = switch (period) {
            case WORKING_DAYS -> CALENDAR.addWorkingDays(start, amount);
            case CALENDAR_DAYS -> CALENDAR.addCalendarDays(start, amount);
            case MONTHS -> CALENDAR.addMonths(start, amount);
        };
        assertThat(answer).isEqualTo(new CalendarAnswer(expected, false));
    }

    @Test
    void makeUpSaturdayCountsAsWorkingDay() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-10-12"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-09-29"))).isTrue();
    }

    @Test
    void weekdayInsideHolidayBlockIsRestDay() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-10-07"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-02-12"))).isFalse();
    }

    @Test
    void ordinaryWeekendIsRestAndOrdinaryWeekdayIsWorking() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-11-02"))).isFalse();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2024-11-04"))).isTrue();
    }

    @Test
    void previousDecemberDaysOfANoticeApply() {
        // 2019 notice: 2018-12-29 (Sat) worked, 2018-12-31 (Mon) off; 2023 notice: 2022-12-31 (Sat) off.
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2018-12-29"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2018-12-31"))).isFalse();
        assertThat(CALENDAR.addWorkingDays(LocalDate.parse("2018-12-28"), 1).date())
                .isEqualTo(LocalDate.parse("2018-12-29"));
        assertThat(CALENDAR.addWorkingDays(LocalDate.parse("2018-12-29"), 1).date())
                .isEqualTo(LocalDate.parse("2019-01-02"));
    }

    @Test
    void extendedSpringFestival2020MadeTheMakeUpSaturdayARestDay() {
        assertThat(CALENDAR.isWorkingDay(LocalDate.parse("2020-02-01"))).isFalse();
        assertThat(CALENDAR.rollForward(LocalDate.parse("2020-01-24")).date()).isEqualTo(LocalDate.parse("2020-02-03"));
    }

    @Test
    void rawLastDayOnHolidayRollsToFirstWorkingDayAfterIt() {
        assertThat(CALENDAR.rollForward(LocalDate.parse("2024-10-01")))
                .isEqualTo(new CalendarAnswer(LocalDate.parse("2024-10-08"), false));
        assertThat(CALENDAR.rollForward(LocalDate.parse("2024-10-08")).date()).isEqualTo(LocalDate.parse("2024-10-08"));
    }

    @Test
    void officialCalendarCoversTheNoticeYears2016To2026() {
        assertThat(CALENDAR.years()).containsExactly(2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(CALENDAR.covers(2015)).isFalse();
        assertThat(CALENDAR.covers(2027)).isFalse();
        assertThat(WorkingDayCalendar.official()).isEqualTo(CALENDAR);
    }
}
