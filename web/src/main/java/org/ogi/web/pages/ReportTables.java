package org.ogi.web.pages;

import io.quarkus.qute.TemplateData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ogi.law.ReportColumn;

/**
 * Tables 三 and 四 of report-service's answer laid out for the page: table 三's two header rows (自然人 over two rows,
 * 法人或其他组织 over its five kinds, 总计), its lines with their labels as published, and every number with the key
 * of its cell, so each links to the cases behind it.
 */
@TemplateData
public record ReportTables(
        String corner,
        List<Heading> groups,
        List<String> subheaders,
        List<Row> tableThree,
        List<String> blockColumns,
        List<Row> tableFour) {

    private static final String TOTAL = "TOTAL";

    /** A header cell of table 三's first row. */
    @TemplateData
    public record Heading(String text, int colspan, int rowspan) {}

    /** A line of a table: its heading (the group it belongs to, if any), its label and its numbers. */
    @TemplateData
    public record Row(String heading, String label, List<Cell> cells) {}

    /** A number and the cell key report-service's drill-down takes, e.g. {@code 三/NEW/TOTAL}. */
    @TemplateData
    public record Cell(String key, Object value) {}

    @SuppressWarnings("unchecked")
    public static ReportTables of(Map<String, Object> report) {
        Map<String, Object> three = (Map<String, Object>) report.get("tableThree");
        List<Map<String, Object>> columns = (List<Map<String, Object>>) three.get("columns");
        List<Heading> groups = new ArrayList<>();
        List<String> subheaders = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String header = (String) column.get("header");
            String subheader = (String) column.get("subheader");
            if (subheader == null) {
                groups.add(new Heading(header, 1, 2));
                continue;
            }
            subheaders.add(subheader);
            Heading last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && last.rowspan() == 1 && last.text().equals(header)) {
                groups.set(groups.size() - 1, new Heading(header, last.colspan() + 1, 1));
            } else {
                groups.add(new Heading(header, 1, 1));
            }
        }
        List<Row> lines = new ArrayList<>();
        for (Map<String, Object> line : (List<Map<String, Object>>) three.get("lines")) {
            lines.add(new Row(
                    (String) line.get("heading"),
                    (String) line.get("label"),
                    cells("三/" + line.get("key"), (Map<String, Object>) line.get("values"))));
        }
        List<Row> blocks = new ArrayList<>();
        List<String> blockColumns = new ArrayList<>();
        for (Map<String, Object> block : (List<Map<String, Object>>) report.get("tableFour")) {
            Map<String, Object> values = (Map<String, Object>) block.get("values");
            if (blockColumns.isEmpty()) {
                values.keySet()
                        .forEach(key -> blockColumns.add(
                                key.equals(TOTAL)
                                        ? "总计"
                                        : ReportColumn.valueOf(key).label()));
            }
            blocks.add(new Row(
                    (String) block.get("group"),
                    (String) block.get("subgroup"),
                    cells("四/" + block.get("key"), values)));
        }
        return new ReportTables((String) three.get("corner"), groups, subheaders, lines, blockColumns, blocks);
    }

    private static List<Cell> cells(String prefix, Map<String, Object> values) {
        List<Cell> cells = new ArrayList<>();
        values.forEach((column, value) -> cells.add(new Cell(prefix + "/" + column, value)));
        return cells;
    }
}
