package org.ogi.deadline.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and writes the project's calendar text format, one line per notice year:
 *
 * <pre>
 * 2024 | 国办发明电〔2023〕7号 | rest: 2024-01-01, 2024-02-10..2024-02-17 | work: 2024-02-04, 2024-02-18
 * </pre>
 *
 * Dates are ISO dates or inclusive ranges {@code FROM..TO}, separated by commas; {@code -} means none.
 * Blank lines and lines starting with {@code #} are ignored.
 */
public final class CalendarFile {

    /** Classpath location of the shipped official calendar. */
    public static final String OFFICIAL_RESOURCE = "calendar/cn-official-calendar.txt";

    private static final String HEADER = """
            # Official working-day calendar (State Council General Office holiday notices).
            # One line per notice year: <notice year> | <notice reference> | rest: <dates> | work: <dates>
            # rest = days off named by the notice (also Mon-Fri days moved by 调休); work = days declared 上班.
            # <dates>: comma-separated ISO dates or inclusive ranges FROM..TO; "-" = none.
            # Unlisted dates follow the normal week (Mon-Fri working). A notice may list the previous December.
            """;

    private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*");
    // Longer runs are written as ranges; two days stay a plain list because a range would not be shorter.
    private static final int MIN_RUN_FOR_RANGE = 3;

    private CalendarFile() {}

    public static List<CalendarYear> parse(String text) {
        return parse(new StringReader(text));
    }

    public static List<CalendarYear> parse(Reader reader) {
        List<CalendarYear> years = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        try {
            int lineNumber = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                CalendarYear year = parseLine(trimmed, lineNumber);
                if (!seen.add(year.noticeYear())) {
                    throw new CalendarFormatException(
                            lineNumber, "notice year " + year.noticeYear() + " appears more than once");
                }
                years.add(year);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(years);
    }

    /** Parses a single data line; errors are reported as line 1. */
    public static CalendarYear parseLine(String line) {
        return parseLine(line.strip(), 1);
    }

    /** Reads the calendar shipped with the service. */
    public static List<CalendarYear> loadOfficial() {
        ClassLoader loader = CalendarFile.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(OFFICIAL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("calendar resource " + OFFICIAL_RESOURCE + " not on classpath");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renders the years, ordered by notice year, after a short header; {@link #parse} reads it back. */
    public static String format(List<CalendarYear> years) {
        List<CalendarYear> sorted = new ArrayList<>(years);
        sorted.sort(Comparator.comparingInt(CalendarYear::noticeYear));
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        Integer previous = null;
        for (CalendarYear year : sorted) {
            if (previous != null && previous == year.noticeYear()) {
                throw new IllegalArgumentException("notice year " + previous + " given more than once");
            }
            previous = year.noticeYear();
            out.append(formatLine(year)).append('\n');
        }
        return out.toString();
    }

    public static String formatLine(CalendarYear year) {
        return year.noticeYear() + " | " + year.noticeReference()
                + " | rest: " + formatDates(year.restDays())
                + " | work: " + formatDates(year.makeUpWorkingDays());
    }

    private static CalendarYear parseLine(String line, int lineNumber) {
        String[] fields = FIELD_SEPARATOR.split(line, -1);
        if (fields.length != 4) {
            throw new CalendarFormatException(
                    lineNumber,
                    "expected 4 fields '<year> | <notice> | rest: ... | work: ...' but found " + fields.length);
        }
        int noticeYear;
        try {
            noticeYear = Integer.parseInt(fields[0]);
        } catch (NumberFormatException e) {
            throw new CalendarFormatException(lineNumber, "notice year '" + fields[0] + "' is not a number", e);
        }
        Set<LocalDate> rest = parseDates(fields[2], "rest:", lineNumber);
        Set<LocalDate> work = parseDates(fields[3], "work:", lineNumber);
        try {
            return new CalendarYear(noticeYear, fields[1], rest, work);
        } catch (IllegalArgumentException e) {
            throw new CalendarFormatException(lineNumber, e.getMessage(), e);
        }
    }

    private static Set<LocalDate> parseDates(String field, String label, int lineNumber) {
        if (!field.startsWith(label)) {
            throw new CalendarFormatException(lineNumber, "field '" + field + "' must start with '" + label + "'");
        }
        String list = field.substring(label.length()).strip();
        Set<LocalDate> days = new LinkedHashSet<>();
        if (list.isEmpty() || list.equals("-")) {
            return days;
        }
        for (String item : LIST_SEPARATOR.split(list, -1)) {
            int range = item.indexOf("..");
            if (range < 0) {
                days.add(parseDate(item, label, lineNumber));
                continue;
            }
            LocalDate from = parseDate(item.substring(0, range).strip(), label, lineNumber);
            LocalDate to = parseDate(item.substring(range + 2).strip(), label, lineNumber);
            if (to.isBefore(from)) {
                throw new CalendarFormatException(lineNumber, label + " range '" + item + "' ends before it starts");
            }
            if (from.plusDays(366).isBefore(to)) {
                throw new CalendarFormatException(lineNumber, label + " range '" + item + "' is longer than a year");
            }
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                days.add(day);
            }
        }
        return days;
    }

    private static LocalDate parseDate(String text, String label, int lineNumber) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CalendarFormatException(lineNumber, label + " '" + text + "' is not a date YYYY-MM-DD", e);
        }
    }

    private static String formatDates(Set<LocalDate> days) {
        List<LocalDate> sorted = new ArrayList<>(days);
        sorted.sort(null);
        if (sorted.isEmpty()) {
            return "-";
        }
        List<String> items = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size()
                    && sorted.get(j + 1).equals(sorted.get(j).plusDays(1))) {
                j++;
            }
            if (j - i + 1 >= MIN_RUN_FOR_RANGE) {
                items.add(sorted.get(i) + ".." + sorted.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    items.add(sorted.get(k).toString());
                }
            }
            i = j + 1;
        }
        return String.join(", ", items);
    }
}
