package org.ogi.deadline.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Day-by-day reference implementation of ogi-rules §6.3, for comparison with the indexed calendar. */
final class NaiveCalendar {

    private final Map<LocalDate, Boolean> overrides = new HashMap<>();
    private final Set<Integer> years = new TreeSet<>();

    NaiveCalendar(Collection<CalendarYear> calendarYears) {
        calendarYears.stream()
                .sorted((a, b) -> Integer.compare(a.noticeYear(), b.noticeYear()))
                .forEach(y -> {
                    years.add(y.noticeYear());
                    y.restDays().forEach(d -> overrides.put(d, false));
                    y.makeUpWorkingDays().forEach(d -> overrides.put(d, true));
                });
    }

    boolean isWorkingDay(LocalDate d) {
        Boolean override = overrides.get(d);
        if (override != null) {
            return override;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    CalendarAnswer addWorkingDays(LocalDate start, int n) {
        LocalDate d = start;
        boolean provisional = false;
        for (int k = 0; k < n; ) {
            d = d.plusDays(1);
            provisional |= provisional(d);
            if (isWorkingDay(d)) {
                k++;
            }
        }
        return new CalendarAnswer(d, provisional);
    }

    CalendarAnswer rollForward(LocalDate day) {
        LocalDate d = day;
        boolean provisional = provisional(d);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
            provisional |= provisional(d);
        }
        return new CalendarAnswer(d, provisional);
    }

    /** A year without a notice, or late December before the next year's notice (it may move those days). */
    private boolean provisional(LocalDate d) {
        return !years.contains(d.getYear())
                || d.getMonthValue() == 12 && d.getDayOfMonth() >= 25 && !years.contains(d.getYear() + 1);
    }

    int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        int count = 0;
        for (LocalDate d = fromExclusive.plusDays(1); !d.isAfter(toInclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
