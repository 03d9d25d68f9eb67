package org.ogi.deadline.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The official working-day calendar (ogi-rules §6): a day is a working day iff a notice declares it a
 * make-up working day, or it is Mon–Fri and no notice makes it a rest day.
 *
 * <p>Immutable. Every query is O(1), never a day-by-day walk: the span from January 1 of the year before
 * the first notice year to December 31 of the year after the last one is indexed once, and days outside it
 * follow the plain Mon–Fri week, which has a closed form.
 *
 * <p>Internally every date has a working-day ordinal {@code C(d)}: the number of working days up to and
 * including {@code d}, counted from an arbitrary origin. {@code C} grows by one exactly on working days, so
 * counting and adding working days are subtractions and inverse lookups of {@code C}.
 */
public final class WorkingDayCalendar {

    /**
     * First day of "late December": notices so far reached back to December 29 at the earliest (2019, 2023); a few
     * days' margin is kept.
     */
    static final int LATE_DECEMBER_FROM = 25;

    // 1969-12-29, a Monday; anchors the closed-form weekday count.
    private static final long MONDAY_ANCHOR = -3;

    private final NavigableMap<Integer, CalendarYear> years;
    private final long spanStart;
    private final int spanLength;
    /** cumulative[i]: working days in [spanStart, spanStart + i]. */
    private final int[] cumulative;
    /** workingDayOffsets[k - 1]: offset from spanStart of the k-th working day of the span. */
    private final int[] workingDayOffsets;

    private final int firstYear;
    /** coveredPrefix[i]: how many of the years firstYear .. firstYear + i - 1 have a notice. */
    private final int[] coveredPrefix;

    private WorkingDayCalendar(NavigableMap<Integer, CalendarYear> years) {
        this.years = Collections.unmodifiableNavigableMap(years);
        if (years.isEmpty()) {
            spanStart = LocalDate.of(2000, 1, 1).toEpochDay();
            spanLength = 0;
            cumulative = new int[0];
            workingDayOffsets = new int[0];
            firstYear = 0;
            coveredPrefix = new int[] {0};
            return;
        }
        firstYear = years.firstKey();
        int lastYear = years.lastKey();
        // One extra year on each side: notices reach into the previous December, and the margin keeps
        // answers near the edges inside the index.
        spanStart = LocalDate.of(firstYear - 1, 1, 1).toEpochDay();
        long spanEnd = LocalDate.of(lastYear + 1, 12, 31).toEpochDay();
        spanLength = Math.toIntExact(spanEnd - spanStart + 1);

        // Ascending order: if two notices disagree on a date, the later notice wins.
        Map<Long, Boolean> overrides = new HashMap<>();
        for (CalendarYear year : years.values()) {
            year.restDays().forEach(d -> overrides.put(d.toEpochDay(), Boolean.FALSE));
            year.makeUpWorkingDays().forEach(d -> overrides.put(d.toEpochDay(), Boolean.TRUE));
        }

        cumulative = new int[spanLength];
        int[] offsets = new int[spanLength];
        int count = 0;
        for (int i = 0; i < spanLength; i++) {
            long epochDay = spanStart + i;
            Boolean override = overrides.get(epochDay);
            boolean working = override != null ? override : isWeekday(epochDay);
            if (working) {
                offsets[count++] = i;
            }
            cumulative[i] = count;
        }
        workingDayOffsets = Arrays.copyOf(offsets, count);

        coveredPrefix = new int[lastYear - firstYear + 2];
        for (int y = firstYear; y <= lastYear; y++) {
            coveredPrefix[y - firstYear + 1] = coveredPrefix[y - firstYear] + (years.containsKey(y) ? 1 : 0);
        }
    }

    public static WorkingDayCalendar of(Collection<CalendarYear> calendarYears) {
        NavigableMap<Integer, CalendarYear> map = new TreeMap<>();
        for (CalendarYear year : calendarYears) {
            if (map.put(year.noticeYear(), year) != null) {
                throw new IllegalArgumentException("notice year " + year.noticeYear() + " given more than once");
            }
        }
        return new WorkingDayCalendar(map);
    }

    /** The calendar shipped in {@value CalendarFile#OFFICIAL_RESOURCE}. */
    public static WorkingDayCalendar official() {
        return Official.INSTANCE;
    }

    private static final class Official {
        static final WorkingDayCalendar INSTANCE = of(CalendarFile.loadOfficial());
    }

    /** Returns a calendar with {@code year} added, or replacing the notice of the same year. */
    public WorkingDayCalendar withYear(CalendarYear year) {
        Objects.requireNonNull(year, "year");
        NavigableMap<Integer, CalendarYear> map = new TreeMap<>(years);
        map.put(year.noticeYear(), year);
        return new WorkingDayCalendar(map);
    }

    public WorkingDayCalendar withoutYear(int noticeYear) {
        if (!years.containsKey(noticeYear)) {
            return this;
        }
        NavigableMap<Integer, CalendarYear> map = new TreeMap<>(years);
        map.remove(noticeYear);
        return new WorkingDayCalendar(map);
    }

    public boolean covers(int year) {
        return years.containsKey(year);
    }

    /** Notice years present, ascending. */
    public Set<Integer> years() {
        return years.navigableKeySet();
    }

    public List<CalendarYear> calendarYears() {
        return List.copyOf(years.values());
    }

    public Optional<CalendarYear> calendarYear(int noticeYear) {
        return Optional.ofNullable(years.get(noticeYear));
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorking(day.toEpochDay());
    }

    /**
     * The day on which a period of {@code n} working days ends: the start day is not counted, the next
     * working day is day 1. {@code n == 0} returns {@code start} unchanged.
     */
    public CalendarAnswer addWorkingDays(LocalDate start, int n) {
        requireNonNegative(n, "n");
        if (n == 0) {
            return new CalendarAnswer(start, false);
        }
        LocalDate end = LocalDate.ofEpochDay(workingDayWithOrdinal(ordinal(start.toEpochDay()) + n));
        return new CalendarAnswer(end, isProvisional(start.plusDays(1), end));
    }

    /** {@code start + n} calendar days, moved to the next working day if that day is not one. */
    public CalendarAnswer addCalendarDays(LocalDate start, int n) {
        requireNonNegative(n, "n");
        return rollForward(start.plusDays(n));
    }

    /**
     * The corresponding day {@code m} months later (the month's last day if there is none, Civil Code
     * Art. 202), moved to the next working day if that day is not one.
     */
    public CalendarAnswer addMonths(LocalDate start, int m) {
        requireNonNegative(m, "m");
        return rollForward(start.plusMonths(m));
    }

    /** {@code day} if it is a working day, else the first working day after it. */
    public CalendarAnswer rollForward(LocalDate day) {
        long epochDay = day.toEpochDay();
        LocalDate result =
                isWorking(epochDay) ? day : LocalDate.ofEpochDay(workingDayWithOrdinal(ordinal(epochDay) + 1));
        return new CalendarAnswer(result, isProvisional(day, result));
    }

    /**
     * Working days in {@code (fromExclusive, toInclusive]}; negative (minus the count of
     * {@code (toInclusive, fromExclusive]}) if the arguments are reversed.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        return Math.toIntExact(ordinal(toInclusive.toEpochDay()) - ordinal(fromExclusive.toEpochDay()));
    }

    /**
     * True if any day in {@code [fromInclusive, toInclusive]} lies in a year without a notice, or in late December
     * of a year whose next year has no notice yet: a notice may move days of the previous December (the 2019 notice
     * made 2018-12-29 a working day and 12-30/31 rest days), so those days are not final until it is loaded
     * (ogi-rules §6.2).
     */
    public boolean isProvisional(LocalDate fromInclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromInclusive)) {
            return false;
        }
        int from = fromInclusive.getYear();
        int to = toInclusive.getYear();
        if (years.isEmpty() || from < firstYear || to > years.lastKey()) {
            return true;
        }
        int covered = coveredPrefix[to - firstYear + 1] - coveredPrefix[from - firstYear];
        if (covered != to - from + 1) {
            return true;
        }
        return !toInclusive.isBefore(LocalDate.of(to, 12, LATE_DECEMBER_FROM)) && !years.containsKey(to + 1);
    }

    private boolean isWorking(long epochDay) {
        long i = epochDay - spanStart;
        if (i < 0 || i >= spanLength) {
            return isWeekday(epochDay);
        }
        int before = i == 0 ? 0 : cumulative[(int) i - 1];
        return cumulative[(int) i] != before;
    }

    /** C(d); C(spanStart - 1) == 0, outside the span C follows the Mon–Fri week. */
    private long ordinal(long epochDay) {
        long i = epochDay - spanStart;
        if (i < 0) {
            return weekdayOrdinal(epochDay) - weekdayOrdinal(spanStart - 1);
        }
        if (i < spanLength) {
            return cumulative[(int) i];
        }
        return workingDayOffsets.length + weekdayOrdinal(epochDay) - weekdayOrdinal(spanStart + spanLength - 1);
    }

    /** Inverse of {@link #ordinal}: the epoch day of the working day whose ordinal is {@code k}. */
    private long workingDayWithOrdinal(long k) {
        if (k <= 0) {
            return weekdayWithOrdinal(k + weekdayOrdinal(spanStart - 1));
        }
        if (k <= workingDayOffsets.length) {
            return spanStart + workingDayOffsets[(int) k - 1];
        }
        return weekdayWithOrdinal(k - workingDayOffsets.length + weekdayOrdinal(spanStart + spanLength - 1));
    }

    /** Number of Mon–Fri days in [anchor, day] (non-positive before the anchor); +1 exactly on weekdays. */
    private static long weekdayOrdinal(long epochDay) {
        long x = epochDay - MONDAY_ANCHOR;
        return 5 * Math.floorDiv(x, 7) + Math.min(Math.floorMod(x, 7) + 1, 5);
    }

    private static long weekdayWithOrdinal(long k) {
        long j = k - 1;
        return MONDAY_ANCHOR + 7 * Math.floorDiv(j, 5) + Math.floorMod(j, 5);
    }

    private static boolean isWeekday(long epochDay) {
        return Math.floorMod(epochDay - MONDAY_ANCHOR, 7) < 5;
    }

    private static void requireNonNegative(int n, String name) {
        if (n < 0) {
            throw new IllegalArgumentException(name + " must be >= 0 but was " + n);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingDayCalendar other && years.equals(other.years);
    }

    @Override
    public int hashCode() {
        return years.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar" + new ArrayList<>(years.keySet());
    }
}
