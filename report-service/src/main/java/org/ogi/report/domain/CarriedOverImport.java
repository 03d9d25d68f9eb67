package org.ogi.report.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ogi.law.ApplicantCategory;
import org.ogi.law.TableThreeRow;

/**
 * Requests received before the agency used the system (so that the first year's row 二 is right), as CSV, UTF-8,
 * with this header line and one request a line:
 *
 * <pre>
 * trackingNumber,receivedDate,applicantCategory,outcomeDate,outcomeRow
 * HB-2018-0007,2018-12-20,NATURAL_PERSON,,
 * HB-2018-0008,2018-12-27,COMMERCIAL_ENTERPRISE,2019-01-10,DISCLOSED
 * </pre>
 *
 * {@code applicantCategory} is a table 三 column ({@link ApplicantCategory}); {@code outcomeDate} and
 * {@code outcomeRow} (a {@link TableThreeRow}) are empty while the request is open and may be given by a later import
 * of the same tracking number. Values contain no commas.
 */
public final class CarriedOverImport {

    public static final String HEADER = "trackingNumber,receivedDate,applicantCategory,outcomeDate,outcomeRow";

    private CarriedOverImport() {}

    /** A problem in the file: {@code line} counts from 1, the header included. */
    public record LineProblem(int line, String field, String message) {}

    public record Parsed(List<CaseFact> facts, List<LineProblem> problems) {}

    public static Parsed parse(String csv, LocalDate today) {
        List<CaseFact> facts = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        String[] lines = csv == null ? new String[0] : csv.replace("\r", "").split("\n");
        if (lines.length == 0 || !lines[0].strip().replace("\uFEFF", "").equals(HEADER)) {
            problems.add(new LineProblem(1, "header", "is " + HEADER));
            return new Parsed(facts, problems);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int number = i + 1;
            String[] f = lines[i].split(",", -1);
            if (f.length != 5) {
                problems.add(new LineProblem(number, "line", "has 5 fields separated by commas"));
                continue;
            }
            int before = problems.size();
            String trackingNumber = f[0].strip();
            if (trackingNumber.isEmpty() || trackingNumber.length() > 64) {
                problems.add(new LineProblem(number, "trackingNumber", "is 1 to 64 characters"));
            } else if (!seen.add(trackingNumber)) {
                problems.add(new LineProblem(number, "trackingNumber", "appears twice"));
            }
            LocalDate received = date(f[1], number, "receivedDate", true, today, problems);
            ApplicantCategory column = ApplicantCategory.of(f[2].strip()).orElse(null);
            if (column == null) {
                problems.add(
                        new LineProblem(
                                number,
                                "applicantCategory",
                                "is one of NATURAL_PERSON, COMMERCIAL_ENTERPRISE, "
                                        + "RESEARCH_INSTITUTION, SOCIAL_WELFARE_ORGANISATION, LEGAL_SERVICE_INSTITUTION, OTHER"));
            }
            LocalDate outcome = date(f[3], number, "outcomeDate", false, today, problems);
            TableThreeRow row = null;
            if (!f[4].isBlank()) {
                try {
                    row = TableThreeRow.valueOf(f[4].strip());
                } catch (IllegalArgumentException e) {
                    problems.add(new LineProblem(number, "outcomeRow", "is a table 三 row such as DISCLOSED"));
                }
            }
            if ((outcome == null) != (row == null) && problems.size() == before) {
                problems.add(new LineProblem(number, "outcomeRow", "is given together with outcomeDate"));
            }
            if (outcome != null && received != null && outcome.isBefore(received)) {
                problems.add(new LineProblem(number, "outcomeDate", "is not before receivedDate"));
            }
            if (problems.size() == before) {
                facts.add(new CaseFact(trackingNumber, column, received, outcome, row, outcome));
            }
        }
        return new Parsed(facts, problems);
    }

    private static LocalDate date(
            String text, int line, String field, boolean required, LocalDate today, List<LineProblem> problems) {
        if (text.isBlank()) {
            if (required) {
                problems.add(new LineProblem(line, field, "is required (yyyy-MM-dd)"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(today)) {
                problems.add(new LineProblem(line, field, "is not in the future"));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new LineProblem(line, field, "is a date (yyyy-MM-dd)"));
            return null;
        }
    }
}
