package org.ogi.report.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ogi.law.ReportColumn;
import org.ogi.platform.pdf.CjkFont;
import org.ogi.platform.pdf.PdfDocument;

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
     * Two sheets laid out like the published tables ({@link ReportLayout}): table 三 with its merged corner and label
     * cells (三、本年度办理结果, （三）–（六）) and the two-level applicant headers; table 四 with its three header levels.
     */
    static byte[] xlsx(ReportView report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle centred = workbook.createCellStyle();
            centred.setAlignment(HorizontalAlignment.CENTER);
            centred.setVerticalAlignment(VerticalAlignment.CENTER);
            centred.setWrapText(true);
            Sheet three = workbook.createSheet("表三");
            write(three, ReportLayout.tableThree(report), centred);
            three.setColumnWidth(0, 14 * 256);
            three.setColumnWidth(1, 16 * 256);
            three.setColumnWidth(2, 40 * 256);
            write(workbook.createSheet("表四"), ReportLayout.tableFour(report), centred);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Sheet sheet, List<ReportLayout.Box> boxes, CellStyle centred) {
        for (ReportLayout.Box box : boxes) {
            Row row = sheet.getRow(box.row()) != null ? sheet.getRow(box.row()) : sheet.createRow(box.row());
            Cell cell = row.createCell(box.column());
            if (box.number() != null) {
                cell.setCellValue(box.number());
            } else {
                cell.setCellValue(box.text());
            }
            if (box.header()) {
                cell.setCellStyle(centred);
            }
            if (box.merged()) {
                sheet.addMergedRegion(new CellRangeAddress(box.row(), box.lastRow(), box.column(), box.lastColumn()));
            }
        }
    }

    static String columnLabel(String key) {
        return key.equals("TOTAL") ? "总计" : ReportColumn.valueOf(key).label();
    }

    /**
     * The two tables drawn as ruled grids like the published ones ({@link ReportLayout}), on A4 landscape, in the
     * platform's PDF with its CJK font.
     */
    static byte[] pdf(ReportView report) {
        PdfDocument pdf = PdfDocument.with(CjkFont.shared())
                .landscape()
                .title(report.agency() + " " + report.year() + "年政府信息公开工作年度报告（统计表）");
        pdf.paragraph(TABLE_THREE_TITLE);
        // The label columns as wide as in the XLSX (14, 16, 40 characters), then the seven counts.
        pdf.grid(new float[] {14, 16, 40, 8, 8, 8, 8, 8, 8, 8}, cells(ReportLayout.tableThree(report)));
        pdf.paragraph(TABLE_FOUR_TITLE);
        float[] four = new float[report.tableFour().size() * ReportLayout.FOUR_BLOCK];
        Arrays.fill(four, 1);
        pdf.grid(four, cells(ReportLayout.tableFour(report)));
        pdf.paragraph("校验码（SHA-256）：" + report.checksum());
        return pdf.toBytes();
    }

    private static List<PdfDocument.Cell> cells(List<ReportLayout.Box> boxes) {
        return boxes.stream()
                .map(box -> new PdfDocument.Cell(
                        box.row(),
                        box.column(),
                        box.rows(),
                        box.columns(),
                        box.number() != null ? box.number().toString() : box.text(),
                        box.number() != null || box.header() ? PdfDocument.Align.CENTER : PdfDocument.Align.LEFT))
                .toList();
    }
}
