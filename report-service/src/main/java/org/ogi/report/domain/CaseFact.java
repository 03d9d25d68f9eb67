package org.ogi.report.domain;

import java.time.LocalDate;
import org.ogi.law.ApplicantCategory;
import org.ogi.law.TableThreeRow;

/**
 * What table 三 needs of one request: its applicant column, its received date (Art. 31) and its final outcome — the
 * day and the row. Any of them may be missing while the events that carry them have not arrived; the invariants
 * then name the case.
 *
 * @param outcomeDate the day of the first final outcome (reply, deemed abandonment, withdrawal): the case is
 *                    handled in that year and only there
 * @param row         the row it counts in
 * @param rowDate     the day of the outcome that set {@code row} (a later reply after a remand may replace it)
 */
public record CaseFact(
        String trackingNumber,
        ApplicantCategory column,
        LocalDate receivedDate,
        LocalDate outcomeDate,
        TableThreeRow row,
        LocalDate rowDate) {

    /**
     * The fact after an outcome on {@code day}. The first outcome fixes the year the case is handled in; a case
     * reopened after a remand (an appeal ordered a new reply) is not counted again: under
     * {@link RemandRule#LATEST_IN_YEAR} a new reply in that same year replaces the row, else the first row stays.
     */
    public CaseFact withOutcome(LocalDate day, TableThreeRow outcome, RemandRule rule) {
        if (outcomeDate == null) {
            return new CaseFact(trackingNumber, column, receivedDate, day, outcome, day);
        }
        boolean sameYear = day.getYear() == outcomeDate.getYear();
        if (rule == RemandRule.LATEST_IN_YEAR && sameYear && (rowDate == null || !day.isBefore(rowDate))) {
            return new CaseFact(trackingNumber, column, receivedDate, outcomeDate, outcome, day);
        }
        return this;
    }

    public CaseFact withReceived(LocalDate day) {
        return new CaseFact(trackingNumber, column, day, outcomeDate, row, rowDate);
    }

    public CaseFact withColumn(ApplicantCategory applicantColumn) {
        return new CaseFact(trackingNumber, applicantColumn, receivedDate, outcomeDate, row, rowDate);
    }

    /** The fact reduced to what counting needs. */
    public Shape shape() {
        return new Shape(
                column,
                receivedDate == null ? null : receivedDate.getYear(),
                outcomeDate == null ? null : outcomeDate.getYear(),
                row);
    }

    /**
     * A request as table 三 counts it: only years matter. The read model groups its facts by shape, so a report
     * over a million cases is a few hundred shapes with their numbers.
     */
    public record Shape(ApplicantCategory column, Integer receivedYear, Integer outcomeYear, TableThreeRow row) {

        /** 一: received in the year. */
        public boolean isNew(int year) {
            return receivedYear != null && receivedYear == year;
        }

        /** 二: received before the year and not handled before it, so open at the end of the year before. */
        public boolean carriedOverInto(int year) {
            return receivedYear != null && receivedYear < year && (outcomeYear == null || outcomeYear >= year);
        }

        /** （七）: handled in the year, whatever its row. */
        public boolean handledIn(int year) {
            return outcomeYear != null && outcomeYear == year;
        }

        /** 四: received by the year's end and still open at it. */
        public boolean carriedForwardFrom(int year) {
            return receivedYear != null && receivedYear <= year && (outcomeYear == null || outcomeYear > year);
        }

        /** Whether the shape counts in {@code line} of {@code year} (columns apart). */
        public boolean countsIn(Line line, int year) {
            return switch (line.kind()) {
                case NEW -> isNew(year);
                case CARRIED_OVER -> carriedOverInto(year);
                case RESULT -> handledIn(year) && row != null && line.rows().contains(row);
                case TOTAL -> handledIn(year);
                case CARRIED_FORWARD -> carriedForwardFrom(year);
            };
        }

        /** Whether the shape touches {@code year}'s table at all. */
        public boolean touches(int year) {
            return isNew(year) || carriedOverInto(year) || handledIn(year) || carriedForwardFrom(year);
        }
    }
}
