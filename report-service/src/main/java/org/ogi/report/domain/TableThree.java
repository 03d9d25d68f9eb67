package org.ogi.report.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.ogi.law.ApplicantCategory;

/**
 * Table 三 of one agency and year (ogi-rules §3.1), counted from the requests' shapes. Every cell, 总计 and
 * （七）总计 included, is counted from the cases themselves, not added up, so that the invariants check the data:
 * a case without a received date, an applicant column or a row, or handled before it was received, shows as a
 * {@link Discrepancy}.
 */
public final class TableThree {

    /** Index of 总计 in {@link #values(String)}: after the six applicant columns. */
    public static final int TOTAL = ApplicantCategory.values().length;

    private final ReportFormat format;
    private final int year;
    private final List<Line> lines;
    private final long[][] cells;

    private TableThree(ReportFormat format, int year, long[][] cells) {
        this.format = format;
        this.year = year;
        this.lines = format.lines();
        this.cells = cells;
    }

    public static TableThree count(int year, Iterable<ShapeCount> shapes) {
        ReportFormat format = ReportFormat.forYear(year);
        List<Line> lines = format.lines();
        long[][] cells = new long[lines.size()][TOTAL + 1];
        for (ShapeCount counted : shapes) {
            CaseFact.Shape shape = counted.shape();
            for (int i = 0; i < lines.size(); i++) {
                if (shape.countsIn(lines.get(i), year)) {
                    cells[i][TOTAL] += counted.count();
                    if (shape.column() != null) {
                        cells[i][shape.column().ordinal()] += counted.count();
                    }
                }
            }
        }
        return new TableThree(format, year, cells);
    }

    public ReportFormat format() {
        return format;
    }

    public int year() {
        return year;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The seven numbers of a line: the six applicant columns, then 总计. */
    public long[] values(String lineKey) {
        return cells[index(lineKey)].clone();
    }

    public long cell(String lineKey, ApplicantCategory column) {
        return cells[index(lineKey)][column.ordinal()];
    }

    public long total(String lineKey) {
        return cells[index(lineKey)][TOTAL];
    }

    /** The failed invariants, without their cases (see {@link #suspect}). */
    public List<Discrepancy> check() {
        List<Discrepancy> found = new ArrayList<>();
        int newLine = index("NEW");
        int carriedOver = index("CARRIED_OVER");
        int total = index("TOTAL");
        int carriedForward = index("CARRIED_FORWARD");
        for (int c = 0; c <= TOTAL; c++) {
            long in = cells[newLine][c] + cells[carriedOver][c];
            long out = cells[total][c] + cells[carriedForward][c];
            if (in != out) {
                found.add(discrepancy(carriedForward, c, Discrepancy.Rule.BALANCE, in - cells[total][c]));
            }
            long results = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).kind() == Line.Kind.RESULT) {
                    results += cells[i][c];
                }
            }
            if (results != cells[total][c]) {
                found.add(discrepancy(total, c, Discrepancy.Rule.RESULTS_ADD_UP, results));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            long sum = 0;
            for (int c = 0; c < TOTAL; c++) {
                sum += cells[i][c];
            }
            if (sum != cells[i][TOTAL]) {
                found.add(discrepancy(i, TOTAL, Discrepancy.Rule.COLUMNS_ADD_UP, sum));
            }
        }
        return found;
    }

    /** Which cases may be behind {@code discrepancy}: those whose facts are incomplete or contradictory. */
    public Predicate<CaseFact> suspect(Discrepancy discrepancy) {
        return fact -> {
            CaseFact.Shape shape = fact.shape();
            if (!shape.touches(year)) {
                return false;
            }
            boolean inColumn = TOTAL_KEY.equals(discrepancy.column())
                    || (shape.column() != null && shape.column().name().equals(discrepancy.column()));
            return switch (discrepancy.rule()) {
                case BALANCE ->
                    inColumn
                            && (shape.receivedYear() == null
                                    || (shape.outcomeYear() != null && shape.outcomeYear() < shape.receivedYear()));
                case RESULTS_ADD_UP -> inColumn && shape.handledIn(year) && shape.row() == null;
                case COLUMNS_ADD_UP ->
                    shape.column() == null && shape.countsIn(lines.get(index(discrepancy.line())), year);
                case BLOCK_ADDS_UP -> false;
            };
        };
    }

    public static final String TOTAL_KEY = "TOTAL";

    private Discrepancy discrepancy(int line, int column, Discrepancy.Rule rule, long expected) {
        String key = column == TOTAL ? TOTAL_KEY : ApplicantCategory.values()[column].name();
        String label = column == TOTAL ? ApplicantCategory.TOTAL_LABEL : ApplicantCategory.values()[column].label();
        return new Discrepancy(
                "三",
                lines.get(line).key(),
                lines.get(line).label(),
                key,
                label,
                rule,
                expected,
                cells[line][column],
                List.of());
    }

    private int index(String lineKey) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).key().equals(lineKey)) {
                return i;
            }
        }
        throw new IllegalArgumentException("table 三 of " + year + " has no line " + lineKey);
    }

    /** Whether {@code lineKey} is a line of this year's table. */
    public boolean hasLine(String lineKey) {
        return lines.stream().anyMatch(l -> l.key().equals(lineKey));
    }

    /** The line with {@code lineKey}. */
    public Line line(String lineKey) {
        return lines.get(index(lineKey));
    }
}
