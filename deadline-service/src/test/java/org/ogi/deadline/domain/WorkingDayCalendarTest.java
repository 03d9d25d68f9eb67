package org.ogi.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.official();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void zeroWorkingDaysReturnsTheStartUnchangedEvenOnARestDay() {
        assertThat(CALENDAR.addWorkingDays(d("2024-10-01"), 0)).isEqualTo(new CalendarAnswer(d("2024-10-01"), false));
    }

    @Test
    void startDayIsNotCounted() {
        assertThat(CALENDAR.addWorkingDays(d("2024-11-04"), 1).date()).isEqualTo(d("2024-11-05"));
        assertThat(CALENDAR.addWorkingDays(d("2024-11-08"), 1).date()).isEqualTo(d("2024-11-11"));
    }

    @Test
    void negativeAmountsAreRejected() {
        assertThatThrownBy(() -> CALENDAR.addWorkingDays(d("2024-01-01"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALENDAR.addCalendarDays(d("2024-01-01"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CALENDAR.addMonths(d("2024-01-01"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenCountsMakeUpDaysAndSkipsHolidays() {
        // 2024-09-28 .. 10-12: 9/29 (Sun, make-up), 9/30, 10/8..10/11, 10/12 (Sat, make-up).
        assertThat(CALENDAR.workingDaysBetween(d("2024-09-28"), d("2024-10-12")))
                .isEqualTo(7);
        assertThat(CALENDAR.workingDaysBetween(d("2024-10-12"), d("2024-09-28")))
                .isEqualTo(-7);
        assertThat(CALENDAR.workingDaysBetween(d("2024-10-01"), d("2024-10-01")))
                .isZero();
    }

    @Test
    void yearWithoutNoticeUsesWeekdaysOnlyAndIsProvisional() {
        assertThat(CALENDAR.isWorkingDay(d("2027-10-01"))).isTrue();
        assertThat(CALENDAR.addWorkingDays(d("2026-12-30"), 5)).isEqualTo(new CalendarAnswer(d("2027-01-06"), true));
        assertThat(CALENDAR.addWorkingDays(d("2015-12-30"), 1)).isEqualTo(new CalendarAnswer(d("2015-12-31"), true));
    }

    @Test
    void provisionalOnlyWhenTheComputationTouchesAYearWithoutNotice() {
        // 2026-12-21 + 1 wd = 2026-12-22, all inside 2026 and before its late December.
        assertThat(CALENDAR.addWorkingDays(d("2026-12-21"), 1).provisional()).isFalse();
        // Calendar days themselves do not depend on the calendar: 2026-12-01 + 40 cd lands in 2027.
        assertThat(CALENDAR.addCalendarDays(d("2026-11-01"), 40).provisional()).isFalse();
        assertThat(CALENDAR.addCalendarDays(d("2026-12-01"), 40).provisional()).isTrue();
    }

    @Test
    void lateDecemberOfTheLastYearWithANoticeIsProvisionalUntilTheNextNoticeIsLoaded() {
        // Issue 10 item 18 (§6.2): the 2027 notice may still move 2026-12-31, as the 2019 notice moved 2018-12-29..31.
        assertThat(CALENDAR.addWorkingDays(d("2026-12-30"), 1)).isEqualTo(new CalendarAnswer(d("2026-12-31"), true));
        assertThat(CALENDAR.rollForward(d("2026-12-26")).provisional()).isTrue();
        assertThat(CALENDAR.rollForward(d("2026-12-24")).provisional()).isFalse();
        // 2025's late December is final: the 2026 notice is loaded.
        assertThat(CALENDAR.addWorkingDays(d("2025-12-30"), 1).provisional()).isFalse();
        WorkingDayCalendar with2027 = CALENDAR.withYear(CalendarYear.of(2027, "国办发明电〔2026〕X号", List.of(), List.of()));
        assertThat(with2027.addWorkingDays(d("2026-12-30"), 1).provisional()).isFalse();
    }

    @Test
    void gapYearBetweenNoticesIsProvisional() {
        List<CalendarYear> all = CalendarFile.loadOfficial();
        WorkingDayCalendar withGap = WorkingDayCalendar.of(
                all.stream().filter(y -> y.noticeYear() != 2021).toList());

        assertThat(withGap.covers(2021)).isFalse();
        assertThat(withGap.isWorkingDay(d("2021-10-04")))
                .as("no notice: ordinary Monday")
                .isTrue();
        assertThat(withGap.addWorkingDays(d("2020-12-30"), 3).provisional()).isTrue();
        assertThat(withGap.addWorkingDays(d("2022-03-01"), 3).provisional()).isFalse();
    }

    @Test
    void emptyCalendarIsAPlainMondayToFridayWeek() {
        WorkingDayCalendar empty = WorkingDayCalendar.of(List.of());

        assertThat(empty.years()).isEmpty();
        assertThat(empty.isWorkingDay(d("2024-10-01"))).isTrue();
        assertThat(empty.addWorkingDays(d("2024-11-08"), 5)).isEqualTo(new CalendarAnswer(d("2024-11-15"), true));
        assertThat(empty.workingDaysBetween(d("2024-11-03"), d("2024-11-10"))).isEqualTo(5);
    }

    @Test
    void farPastAndFutureFollowTheWeekAcrossTheIndexEdges() {
        // Outside the notice years every 5 working days from a weekday are exactly one week.
        assertThat(CALENDAR.addWorkingDays(d("1990-01-01"), 5_000).date())
                .isEqualTo(d("1990-01-01").plusWeeks(1_000));
        // Across all notice years the holidays push the end later than the plain week would.
        assertThat(CALENDAR.addWorkingDays(d("1990-01-01"), 10_000).date())
                .isAfter(d("1990-01-01").plusWeeks(2_000));
        assertThat(CALENDAR.workingDaysBetween(
                        d("1990-01-01"),
                        CALENDAR.addWorkingDays(d("1990-01-01"), 10_000).date()))
                .isEqualTo(10_000);
        assertThat(CALENDAR.addWorkingDays(d("2100-01-01"), 10_000).date())
                .isEqualTo(d("2100-01-01").plusWeeks(2_000));
        assertThat(CALENDAR.rollForward(d("2100-01-02"))).isEqualTo(new CalendarAnswer(d("2100-01-04"), true));
        assertThat(CALENDAR.addWorkingDays(d("2014-12-31"), 1).date()).isEqualTo(d("2015-01-01"));
    }

    @Test
    void monthPeriodClipsToMonthEndBeforeRolling() {
        assertThat(CALENDAR.addMonths(d("2024-01-31"), 1).date()).isEqualTo(d("2024-02-29"));
        assertThat(CALENDAR.addMonths(d("2023-12-31"), 2).date()).isEqualTo(d("2024-02-29"));
    }

    @Test
    void laterNoticeWinsWhenTwoNoticesDisagreeOnADate() {
        WorkingDayCalendar calendar = WorkingDayCalendar.of(List.of(
                CalendarYear.of(2030, "a", Set.of(d("2030-12-30")), Set.of()),
                CalendarYear.of(2031, "b", Set.of(), Set.of(d("2030-12-30")))));

        assertThat(calendar.isWorkingDay(d("2030-12-30"))).isTrue();
    }

    @Test
    void sameNoticeYearTwiceIsRejected() {
        CalendarYear year = CalendarYear.of(2030, "a", Set.of(), Set.of());
        assertThatThrownBy(() -> WorkingDayCalendar.of(List.of(year, year)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
