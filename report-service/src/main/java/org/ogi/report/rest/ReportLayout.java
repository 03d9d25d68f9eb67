package org.ogi.report.rest;

import java.util.ArrayList;
import java.util.List;
import org.ogi.report.domain.ApplicantColumn;
import org.ogi.report.domain.ReportFormat;

/**
 * Tables 三 and 四 laid out as the published tables are: boxes with their spans (the merged cells), from which the
 * XLSX and the PDF are both drawn.
 */
final class ReportLayout {

    /** Columns of table 三 before the numbers: heading, sub-heading, row label. */
    static final int THREE_LABELS = 3;
    /** Columns of each block of table 四: the four results and the total. */
    static final int FOUR_BLOCK = 5;

    private ReportLayout() {}

    /** A box from {@code row}, {@code column} spanning {@code rows} x {@code columns}: a text or a count. */
    record Box(int row, int column, int rows, int columns, String text, Long number, boolean header) {

        static Box header(int row, int column, int rows, int columns, String text) {
            return new Box(row, column, rows, columns, text, null, true);
        }

        static Box label(int row, int column, int columns, String text) {
            return new Box(row, column, 1, columns, text, null, false);
        }

        static Box count(int row, int column, long number) {
            return new Box(row, column, 1, 1, null, number, false);
        }

        int lastRow() {
            return row + rows - 1;
        }

        int lastColumn() {
            return column + columns - 1;
        }

        boolean merged() {
            return rows > 1 || columns > 1;
        }
    }

    /**
     * Rows 0–2 the headers (the corner over the label columns; 申请人情况 over 自然人, 法人或其他组织 with its five kinds,
     * 其他, 总计); then one row a line: 一、二、四 across the label columns, 三、本年度办理结果 down the first column beside
     * its results, each group of several rows (（三）不予公开 …) down the second.
     */
    static List<Box> tableThree(ReportView report) {
        List<Box> boxes = new ArrayList<>();
        int first = THREE_LABELS;
        boxes.add(Box.header(0, 0, 3, THREE_LABELS, ReportFormat.CORNER));
        boxes.add(Box.header(0, first, 1, 7, ReportFormat.APPLICANT_HEADER));
        boxes.add(Box.header(1, first, 2, 1, ApplicantColumn.NATURAL_PERSON.header()));
        boxes.add(Box.header(1, first + 1, 1, 5, ApplicantColumn.COMMERCIAL_ENTERPRISE.header()));
        for (int c = 1; c <= 5; c++) {
            boxes.add(Box.header(2, first + c, 1, 1, ApplicantColumn.values()[c].subheader()));
        }
        boxes.add(Box.header(1, first + 6, 2, 1, ApplicantColumn.TOTAL_LABEL));

        List<ReportView.LineView> lines = report.tableThree().lines();
        int r = 3;
        int resultsStart = -1;
        String group = null;
        int groupStart = -1;
        for (ReportView.LineView line : lines) {
            boolean result = ReportFormat.RESULTS_HEADING.equals(line.heading());
            boolean sub = line.heading() != null && !result;
            if (line.heading() != null && resultsStart < 0) {
                resultsStart = r;
            }
            if (!sub || !line.heading().equals(group)) {
                addGroup(boxes, group, groupStart, r - 1);
                group = sub ? line.heading() : null;
                groupStart = sub ? r : -1;
            }
            if (line.heading() == null) {
                boxes.add(Box.label(r, 0, THREE_LABELS, line.label()));
            } else if (result) {
                boxes.add(Box.label(r, 1, THREE_LABELS - 1, line.label()));
            } else {
                boxes.add(Box.label(r, 2, 1, line.label()));
            }
            int c = first;
            for (Long value : line.values().values()) {
                boxes.add(Box.count(r, c++, value));
            }
            if (line.key().equals("TOTAL")) {
                boxes.add(Box.header(resultsStart, 0, r - resultsStart + 1, 1, ReportFormat.RESULTS_HEADING));
            }
            r++;
        }
        addGroup(boxes, group, groupStart, r - 1);
        return boxes;
    }

    private static void addGroup(List<Box> boxes, String group, int from, int to) {
        if (group != null) {
            boxes.add(Box.header(from, 1, to - from + 1, 1, group));
        }
    }

    /**
     * Row 0: 行政复议 (down two rows, five columns), 行政诉讼 (ten); row 1: the suits' subgroups; row 2: the columns;
     * row 3: the counts.
     */
    static List<Box> tableFour(ReportView report) {
        List<Box> boxes = new ArrayList<>();
        int c = 0;
        String group = null;
        List<ReportView.BlockView> blocks = report.tableFour();
        for (ReportView.BlockView block : blocks) {
            if (block.subgroup() == null) {
                boxes.add(Box.header(0, c, 2, FOUR_BLOCK, block.group()));
            } else {
                if (!block.group().equals(group)) {
                    long width = blocks.stream()
                                    .filter(b -> b.group().equals(block.group()))
                                    .count()
                            * FOUR_BLOCK;
                    boxes.add(Box.header(0, c, 1, (int) width, block.group()));
                }
                boxes.add(Box.header(1, c, 1, FOUR_BLOCK, block.subgroup()));
            }
            group = block.group();
            for (var value : block.values().entrySet()) {
                boxes.add(Box.header(2, c, 1, 1, ReportExports.columnLabel(value.getKey())));
                boxes.add(Box.count(3, c, value.getValue()));
                c++;
            }
        }
        return boxes;
    }
}
