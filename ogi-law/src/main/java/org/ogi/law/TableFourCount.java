package org.ogi.law;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How annual-report table 四 counts (ogi-rules §3.2): per block the appeals filed in the year (UNCONFIRMED: by
 * filing year) by the column of their outcome, an appeal without an outcome at the year's end counting as 尚未审结;
 * 总计 is their sum.
 */
public final class TableFourCount {

    private TableFourCount() {}

    /**
     * One appeal as the table counts it.
     *
     * @param column    the table 四 column of its outcome, null while pending
     * @param decidedOn the day of that outcome, null while pending
     */
    public record Counted(AppealKind kind, LocalDate filedOn, ReportColumn column, LocalDate decidedOn) {}

    /** A block's five numbers; {@link #total()} is 总计. */
    public record Row(int maintained, int corrected, int other, int pending) {

        public static final Row EMPTY = new Row(0, 0, 0, 0);

        public int total() {
            return maintained + corrected + other + pending;
        }

        public int get(ReportColumn column) {
            return switch (column) {
                case MAINTAINED -> maintained;
                case CORRECTED -> corrected;
                case OTHER -> other;
                case PENDING -> pending;
            };
        }

        public Row plus(ReportColumn column, int n) {
            return switch (column) {
                case MAINTAINED -> new Row(maintained + n, corrected, other, pending);
                case CORRECTED -> new Row(maintained, corrected + n, other, pending);
                case OTHER -> new Row(maintained, corrected, other + n, pending);
                case PENDING -> new Row(maintained, corrected, other, pending + n);
            };
        }

        public Row plus(Row other) {
            return new Row(
                    maintained + other.maintained,
                    corrected + other.corrected,
                    this.other + other.other,
                    pending + other.pending);
        }
    }

    /** The column of an appeal at the end of {@code year}: its outcome's if decided by then, else 尚未审结. */
    public static ReportColumn columnAtYearEnd(Counted appeal, int year) {
        if (appeal.column() == null
                || appeal.decidedOn() == null
                || appeal.decidedOn().getYear() > year) {
            return ReportColumn.PENDING;
        }
        return appeal.column();
    }

    /** Whether {@code appeal} counts in {@code year}'s table, and in which block. */
    public static boolean countsIn(Counted appeal, int year) {
        return appeal.filedOn() != null
                && appeal.filedOn().getYear() == year
                && TableFourBlock.of(appeal.kind()).isPresent();
    }

    /** The table for {@code year}. */
    public static Map<TableFourBlock, Row> count(Collection<Counted> appeals, int year) {
        Map<TableFourBlock, Row> rows = new EnumMap<>(TableFourBlock.class);
        for (TableFourBlock block : TableFourBlock.values()) {
            rows.put(block, Row.EMPTY);
        }
        for (Counted appeal : appeals) {
            if (countsIn(appeal, year)) {
                TableFourBlock block = TableFourBlock.of(appeal.kind()).orElseThrow();
                rows.put(block, rows.get(block).plus(columnAtYearEnd(appeal, year), 1));
            }
        }
        return rows;
    }
}
