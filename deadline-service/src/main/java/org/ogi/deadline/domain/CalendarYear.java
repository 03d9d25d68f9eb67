package org.ogi.deadline.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What one State Council General Office holiday notice (关于某年部分节假日安排的通知) says.
 *
 * @param noticeYear         the year the notice is for; it may also list dates of the previous December
 * @param noticeReference    document number or other citation of the notice (and of any amending notice)
 * @param restDays           days off named by the notice, including Mon–Fri days moved by 调休
 * @param makeUpWorkingDays  days the notice declares 上班, usually a Saturday or Sunday
 */
public record CalendarYear(
        int noticeYear, String noticeReference, Set<LocalDate> restDays, Set<LocalDate> makeUpWorkingDays) {

    // Bounds keep the precomputed index of WorkingDayCalendar small; real notices exist from 1999 on.
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2199;

    public CalendarYear {
        if (noticeYear < MIN_YEAR || noticeYear > MAX_YEAR) {
            throw new IllegalArgumentException("notice year " + noticeYear + " outside " + MIN_YEAR + ".." + MAX_YEAR);
        }
        Objects.requireNonNull(noticeReference, "noticeReference");
        noticeReference = noticeReference.strip();
        if (noticeReference.isEmpty()) {
            throw new IllegalArgumentException("notice reference of " + noticeYear + " is blank");
        }
        // The reference is one field of a CalendarFile line, so it must not break the line apart.
        if (noticeReference.contains("|") || noticeReference.contains("\n") || noticeReference.contains("\r")) {
            throw new IllegalArgumentException(
                    "notice reference of " + noticeYear + " must not contain '|' or a line break");
        }
        restDays = sortedCopy(noticeYear, "rest", restDays);
        makeUpWorkingDays = sortedCopy(noticeYear, "work", makeUpWorkingDays);
        for (LocalDate day : restDays) {
            if (makeUpWorkingDays.contains(day)) {
                throw new IllegalArgumentException(
                        "notice year " + noticeYear + " lists " + day + " both as rest day and as working day");
            }
        }
    }

    public static CalendarYear of(
            int noticeYear,
            String noticeReference,
            Collection<LocalDate> restDays,
            Collection<LocalDate> makeUpWorkingDays) {
        return new CalendarYear(noticeYear, noticeReference, Set.copyOf(restDays), Set.copyOf(makeUpWorkingDays));
    }

    private static SortedSet<LocalDate> sortedCopy(int noticeYear, String what, Set<LocalDate> days) {
        Objects.requireNonNull(days, what + " days");
        TreeSet<LocalDate> copy = new TreeSet<>();
        for (LocalDate day : days) {
            Objects.requireNonNull(day, what + " day");
            // A notice reaches back at most into the previous December (e.g. 2019 lists 2018-12-29..31).
            if (day.getYear() != noticeYear && day.getYear() != noticeYear - 1) {
                throw new IllegalArgumentException("notice year " + noticeYear + " lists " + what + " day " + day
                        + " outside " + (noticeYear - 1) + ".." + noticeYear);
            }
            copy.add(day);
        }
        return Collections.unmodifiableSortedSet(copy);
    }
}
