package org.ogi.report.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ogi.law.ApplicantCategory;
import org.ogi.law.ReportColumn;
import org.ogi.platform.pdf.CjkFont;
import org.ogi.platform.pdf.PdfDocument;
import org.ogi.report.domain.ReportFormat;

/** The report as published (XLSX, PDF) and for machines (CSV). */
final class ReportExports {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String TABLE_THREE_TITLE = "三、收到和处理政府信息公开申请情况";
    static final String TABLE_FOUR_TITLE = "四、政府信息公开行政复议、行政诉讼情况";

    private ReportExports() {}

    /** One line a cell: {@code table,line,label,column,value}, UTF-8 with a header line. */
    static String csv(ReportView report) {
        StringBuilder csv = new StringBuilder("table,line,label,column,value\n");
        for (ReportView.LineView line : report.tableThree().lines()) {
            line.values()
                    .forEach((column, value) -> csv.append("三,")
                            .append(line.key())
                            .append(',')
                            .append(quoted(line.label()))
                            .append(',')
                            .append(column)
                            .append(',')
                            .append(value)
                            .append('\n'));
        }
        for (ReportView.BlockView block : report.tableFour()) {
            String label = block.subgroup() == null ? block.group() : block.group() + " " + block.subgroup();
            block.values()
                    .forEach((column, value) -> csv.append("四,")
                            .append(block.key())
                            .append(',')
                            .append(quoted(label))
                            .append(',')
                            .append(column)
                            .append(',')
                            .append(value)
                            .append('\n'));
        }
        return csv.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /**
     * Two sheets laid out like the published tables: table 三 with its merged corner and label cells (三、本年度办理结果,
     * （三）–（六）) and the two-level applicant headers; table 四 with its three header levels.
     */
    static byte[] xlsx(ReportView report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle centred = workbook.createCellStyle();
            centred.setAlignment(HorizontalAlignment.CENTER);
            centred.setVerticalAlignment(VerticalAlignment.CENTER);
            centred.setWrapText(true);
            tableThree(workbook.createSheet("表三"), report, centred);
            tableFour(workbook.createSheet("表四"), report, centred);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Columns A–C are labels (heading, sub-heading, row), D–J the numbers; rows 1–3 the headers. */
    private static void tableThree(Sheet sheet, ReportView report, CellStyle style) {
        int first = 3;
        Row header1 = sheet.createRow(0);
        Row header2 = sheet.createRow(1);
        Row header3 = sheet.createRow(2);
        text(header1, 0, ReportFormat.CORNER, style);
        sheet.addMergedRegion(new CellRangeAddress(0, 2, 0, 2));
        text(header1, first, ReportFormat.APPLICANT_HEADER, style);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, first, first + 6));
        text(header2, first, ApplicantCategory.NATURAL_PERSON.header(), style);
        sheet.addMergedRegion(new CellRangeAddress(1, 2, first, first));
        text(header2, first + 1, ApplicantCategory.COMMERCIAL_ENTERPRISE.header(), style);
        sheet.addMergedRegion(new CellRangeAddress(1, 1, first + 1, first + 5));
        for (int c = 1; c <= 5; c++) {
            text(header3, first + c, ApplicantCategory.values()[c].subheader(), style);
        }
        text(header2, first + 6, ApplicantCategory.TOTAL_LABEL, style);
        sheet.addMergedRegion(new CellRangeAddress(1, 2, first + 6, first + 6));

        List<ReportView.LineView> lines = report.tableThree().lines();
        int r = 3;
        int resultsStart = -1;
        String group = null;
        int groupStart = -1;
        for (ReportView.LineView line : lines) {
            Row row = sheet.createRow(r);
            boolean result = ReportFormat.RESULTS_HEADING.equals(line.heading());
            boolean sub = line.heading() != null && !result;
            if (line.heading() != null && resultsStart < 0) {
                resultsStart = r;
                text(row, 0, ReportFormat.RESULTS_HEADING, style);
            }
            if (sub && !line.heading().equals(group)) {
                mergeGroup(sheet, groupStart, r - 1);
                group = line.heading();
                groupStart = r;
                text(row, 1, group, style);
            } else if (!sub) {
                mergeGroup(sheet, groupStart, r - 1);
                group = null;
                groupStart = -1;
            }
            if (line.heading() == null) {
                text(row, 0, line.label(), null);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
            } else if (result) {
                text(row, 1, line.label(), null);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 1, 2));
            } else {
                text(row, 2, line.label(), null);
            }
            int c = first;
            for (Long value : line.values().values()) {
                row.createCell(c++).setCellValue(value);
            }
            if (line.key().equals("TOTAL")) {
                sheet.addMergedRegion(new CellRangeAddress(resultsStart, r, 0, 0));
            }
            r++;
        }
        sheet.setColumnWidth(0, 14 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 40 * 256);
    }

    private static void mergeGroup(Sheet sheet, int from, int to) {
        if (from >= 0 && to > from) {
            sheet.addMergedRegion(new CellRangeAddress(from, to, 1, 1));
        }
    }

    /** Row 1: 行政复议 (5 columns), 行政诉讼 (10); row 2: the suits' subgroups; row 3: the columns; row 4: numbers. */
    private static void tableFour(Sheet sheet, ReportView report, CellStyle style) {
        Row groups = sheet.createRow(0);
        Row subgroups = sheet.createRow(1);
        Row columns = sheet.createRow(2);
        Row numbers = sheet.createRow(3);
        int c = 0;
        for (ReportView.BlockView block : report.tableFour()) {
            if (block.subgroup() == null) {
                text(groups, c, block.group(), style);
                sheet.addMergedRegion(new CellRangeAddress(0, 1, c, c + 4));
            } else {
                if (c == 5) {
                    text(groups, c, block.group(), style);
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 5, 14));
                }
                text(subgroups, c, block.subgroup(), style);
                sheet.addMergedRegion(new CellRangeAddress(1, 1, c, c + 4));
            }
            for (var value : block.values().entrySet()) {
                text(columns, c, columnLabel(value.getKey()), style);
                numbers.createCell(c).setCellValue(value.getValue());
                c++;
            }
        }
    }

    static String columnLabel(String key) {
        return key.equals("TOTAL") ? "总计" : ReportColumn.valueOf(key).label();
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    /** The two tables as rows of label and numbers, in the platform's PDF with its CJK font. */
    static byte[] pdf(ReportView report) {
        PdfDocument pdf =
                PdfDocument.with(CjkFont.shared()).title(report.agency() + " " + report.year() + "年政府信息公开工作年度报告（统计表）");
        pdf.paragraph(TABLE_THREE_TITLE);
        StringBuilder header = new StringBuilder();
        for (ReportView.ColumnView column : report.tableThree().columns()) {
            header.append(column.subheader() == null ? column.header() : column.subheader())
                    .append(' ');
        }
        pdf.row(ReportFormat.APPLICANT_HEADER, header.toString().trim());
        for (ReportView.LineView line : report.tableThree().lines()) {
            pdf.row(line.label(), joined(line.values().values()));
        }
        pdf.paragraph(TABLE_FOUR_TITLE);
        for (ReportView.BlockView block : report.tableFour()) {
            StringBuilder values = new StringBuilder();
            block.values()
                    .forEach((k, v) ->
                            values.append(columnLabel(k)).append(' ').append(v).append("  "));
            pdf.row(
                    block.subgroup() == null ? block.group() : block.group() + " " + block.subgroup(),
                    values.toString().trim());
        }
        pdf.paragraph("校验码（SHA-256）：" + report.checksum());
        return pdf.toBytes();
    }

    private static String joined(Iterable<Long> values) {
        StringBuilder text = new StringBuilder();
        for (Long value : values) {
            text.append(value).append("  ");
        }
        return text.toString().trim();
    }
}
