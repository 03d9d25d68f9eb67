package org.ogi.report.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ogi.law.ReportColumn;
import org.ogi.law.TableFourBlock;
import org.ogi.law.TableFourCount;

/**
 * Table 四 of one agency and year (ogi-rules §3.2), counted per ogi-law's {@link TableFourCount}. 总计 is counted
 * from the appeals filed in the year, apart from the columns, so an appeal whose outcome has no column breaks the
 * block's sum and is named.
 */
public final class TableFourReport {

    public static final String TOTAL_LABEL = "总计";

    private final int year;
    private final Map<TableFourBlock, TableFourCount.Row> rows;
    private final Map<TableFourBlock, Long> totals;

    private TableFourReport(int year, Map<TableFourBlock, TableFourCount.Row> rows, Map<TableFourBlock, Long> totals) {
        this.year = year;
        this.rows = rows;
        this.totals = totals;
    }

    public static TableFourReport count(int year, List<AppealFact> appeals) {
        List<TableFourCount.Counted> counted = new ArrayList<>();
        Map<TableFourBlock, Long> totals = new EnumMap<>(TableFourBlock.class);
        for (TableFourBlock block : TableFourBlock.values()) {
            totals.put(block, 0L);
        }
        for (AppealFact appeal : appeals) {
            if (filedIn(appeal, year)) {
                totals.merge(appeal.block().orElseThrow(), 1L, Long::sum);
                appeal.counted().ifPresent(counted::add);
            }
        }
        return new TableFourReport(year, TableFourCount.count(counted, year), totals);
    }

    private static boolean filedIn(AppealFact appeal, int year) {
        return appeal.filedOn() != null
                && appeal.filedOn().getYear() == year
                && appeal.block().isPresent();
    }

    public long cell(TableFourBlock block, ReportColumn column) {
        return rows.get(block).get(column);
    }

    public long total(TableFourBlock block) {
        return totals.get(block);
    }

    /** Whether {@code appeal} counts in {@code block}'s {@code column} (null: 总计) of this year's table. */
    public boolean countsIn(AppealFact appeal, TableFourBlock block, ReportColumn column) {
        if (!filedIn(appeal, year) || appeal.block().orElseThrow() != block) {
            return false;
        }
        return column == null
                || appeal.counted()
                        .map(c -> TableFourCount.columnAtYearEnd(c, year) == column)
                        .orElse(false);
    }

    public List<Discrepancy> check(List<AppealFact> appeals) {
        List<Discrepancy> found = new ArrayList<>();
        for (TableFourBlock block : TableFourBlock.values()) {
            long sum = rows.get(block).total();
            if (sum != totals.get(block)) {
                List<String> cases = appeals.stream()
                        .filter(a -> filedIn(a, year)
                                && a.block().orElseThrow() == block
                                && a.counted().isEmpty())
                        .map(AppealFact::appealNumber)
                        .toList();
                found.add(new Discrepancy(
                        "四",
                        block.name(),
                        block.label(),
                        "TOTAL",
                        TOTAL_LABEL,
                        Discrepancy.Rule.BLOCK_ADDS_UP,
                        sum,
                        totals.get(block),
                        cases));
            }
        }
        return found;
    }
}
