package org.ogi.report.rest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogi.law.ApplicantCategory;
import org.ogi.law.ReportColumn;
import org.ogi.law.TableFourBlock;
import org.ogi.report.domain.AnnualReport;
import org.ogi.report.domain.Line;
import org.ogi.report.domain.ReportFormat;
import org.ogi.report.domain.TableThree;
import org.ogi.report.service.Reports;

/** The JSON of an annual report: tables 三 and 四 with their labels and cell keys, the checksum, the frozen state. */
public record ReportView(
        String agency,
        List<String> agencies,
        int year,
        ReportFormat format,
        TableThreeView tableThree,
        List<BlockView> tableFour,
        String checksum,
        FrozenView frozen,
        List<AnnualReport.Difference> differences) {

    public record ColumnView(String key, String header, String subheader) {}

    public record LineView(String key, String label, String heading, Map<String, Long> values) {}

    public record TableThreeView(String corner, List<ColumnView> columns, List<LineView> lines) {}

    public record BlockView(String key, String group, String subgroup, Map<String, Long> values) {}

    public record FrozenView(OffsetDateTime frozenAt, String frozenBy, String checksum) {}

    static ReportView of(Reports.Checked checked) {
        return of(checked.report(), List.of(checked.report().agency()))
                .with(
                        checked.frozen()
                                .map(f -> new FrozenView(f.frozenAt(), f.frozenBy(), f.checksum()))
                                .orElse(null),
                        checked.differences());
    }

    static ReportView of(AnnualReport report, List<String> agencies) {
        TableThree three = report.tableThree();
        List<ColumnView> columns = new ArrayList<>();
        for (ApplicantCategory column : ApplicantCategory.values()) {
            columns.add(new ColumnView(column.name(), column.header(), column.subheader()));
        }
        columns.add(new ColumnView(TableThree.TOTAL_KEY, ApplicantCategory.TOTAL_LABEL, null));
        List<LineView> lines = new ArrayList<>();
        for (Line line : three.lines()) {
            long[] values = three.values(line.key());
            Map<String, Long> byColumn = new LinkedHashMap<>();
            for (ApplicantCategory column : ApplicantCategory.values()) {
                byColumn.put(column.name(), values[column.ordinal()]);
            }
            byColumn.put(TableThree.TOTAL_KEY, values[TableThree.TOTAL]);
            lines.add(new LineView(line.key(), line.label(), line.heading(), byColumn));
        }
        List<BlockView> blocks = new ArrayList<>();
        for (TableFourBlock block : TableFourBlock.values()) {
            Map<String, Long> values = new LinkedHashMap<>();
            for (ReportColumn column : ReportColumn.values()) {
                values.put(column.name(), report.tableFour().cell(block, column));
            }
            values.put(TableThree.TOTAL_KEY, report.tableFour().total(block));
            blocks.add(new BlockView(block.name(), block.group(), block.subgroup(), values));
        }
        return new ReportView(
                report.agency(),
                agencies,
                report.year(),
                three.format(),
                new TableThreeView(ReportFormat.CORNER, columns, lines),
                blocks,
                AnnualReport.checksum(report.cells()),
                null,
                List.of());
    }

    private ReportView with(FrozenView frozenView, List<AnnualReport.Difference> changes) {
        return new ReportView(
                agency, agencies, year, format, tableThree, tableFour, checksum, frozenView, List.copyOf(changes));
    }
}
