package org.ogi.report.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.ogi.law.TableThreeRow;
import org.ogi.report.domain.AnnualReport;
import org.ogi.report.domain.AppealFact;
import org.ogi.report.domain.ApplicantColumn;
import org.ogi.report.domain.CaseFact;
import org.ogi.report.domain.ShapeCount;
import org.ogi.report.domain.TableFourReport;
import org.ogi.report.domain.TableThree;

/** The PDF read back glyph by glyph: the tables are grids whose headers stand over the counts they head. */
class ReportPdfTest {

    @Test
    void tableThreeOf2021IsAGridWithMergedHeadersAndTheCountsUnderTheirColumns() throws IOException {
        ReportView report = ReportView.of(
                report(
                        2024,
                        fact(
                                "A-1",
                                ApplicantColumn.NATURAL_PERSON,
                                "2024-01-05",
                                "2024-03-01",
                                TableThreeRow.DISCLOSED),
                        fact("A-2", ApplicantColumn.RESEARCH_INSTITUTION, "2024-02-01", null, null)),
                List.of("A"));
        Page page = pages(ReportExports.pdf(report)).get(0);

        assertThat(page.width()).as("A4 landscape").isGreaterThan(page.height());
        Text applicants = page.first("申请人情况");
        Text person = page.first("自然人");
        Text organisations = page.first("法人或其他组织");
        Text total = page.first("总计");
        // 申请人情况 heads all seven columns; 法人或其他组织 the five kinds under it.
        assertThat(applicants.y()).isLessThan(person.y());
        assertThat(applicants.centre()).isEqualTo((person.centre() + total.centre()) / 2, within(3f));
        assertThat(organisations.centre())
                .isEqualTo((page.first("商业企业").centre() + page.first("其他").centre()) / 2, within(3f));
        assertThat(page.first("科研机构").y()).isGreaterThan(organisations.y());

        Text disclosed = page.first("（一）予以公开");
        assertThat(page.at("1", person.centre(), disclosed.y())).isTrue();
        assertThat(page.at("1", total.centre(), disclosed.y())).isTrue();
        assertThat(page.at("0", page.first("科研机构").centre(), disclosed.y())).isTrue();
        Text carriedForward = page.first("四、结转下年度继续办理");
        assertThat(page.at("1", page.first("科研机构").centre(), carriedForward.y()))
                .isTrue();
        // 三、本年度办理结果 stands beside its results, from （一） to （七）总计.
        Text results = page.first("三、本年度办理结果");
        assertThat(results.y()).isBetween(disclosed.y(), page.first("（七）总计").y());
        assertThat(results.x()).isLessThan(disclosed.x());
        assertThat(page.rectangles())
                .as("every cell of table 三 ruled, on one page")
                .isEqualTo(ReportLayout.tableThree(report).size());
    }

    @Test
    void theTrialFormatHasOneRowOfOtherHandling() throws IOException {
        Page page = firstPage(report(
                2019,
                fact(
                        "A-3",
                        ApplicantColumn.NATURAL_PERSON,
                        "2019-03-01",
                        "2019-05-01",
                        TableThreeRow.OTHER_FEE_NOT_PAID)));

        Text other = page.first("（六）其他处理");
        assertThat(page.at("1", page.first("总计").centre(), other.y())).isTrue();
        assertThat(page.text()).doesNotContain(TableThreeRow.OTHER_FEE_NOT_PAID.tableLabel());
    }

    @Test
    void tableFourHasItsThreeHeaderLevelsOverTheCounts() throws IOException {
        AnnualReport report = new AnnualReport(
                "A",
                2024,
                TableThree.count(2024, List.of()),
                TableFourReport.count(
                        2024,
                        List.of(new AppealFact(
                                "FY-1",
                                "RECONSIDERATION",
                                LocalDate.parse("2024-03-10"),
                                "CORRECTED",
                                LocalDate.parse("2024-08-01")))));
        List<Page> pages = pages(ReportExports.pdf(ReportView.of(report, List.of("A"))));
        Page page =
                pages.stream().filter(p -> !p.all("行政复议").isEmpty()).findFirst().orElseThrow();

        assertThat(page.all(ReportExports.TABLE_FOUR_TITLE))
                .as("the heading with its table")
                .hasSize(1);
        Text reconsideration = page.first("行政复议");
        Text suits = page.first("行政诉讼");
        Text corrected = page.first("结果纠正");
        Text direct = page.first("未经复议直接起诉");
        assertThat(reconsideration.y()).isLessThan(direct.y());
        assertThat(suits.y()).isLessThan(direct.y());
        assertThat(suits.centre())
                .isGreaterThan(direct.centre())
                .isLessThan(page.first("复议后起诉").centre());
        assertThat(corrected.centre()).isLessThan(suits.x());
        List<Text> counts = page.all("1");
        assertThat(counts)
                .as("the corrected reconsideration and its total, under their headers")
                .anySatisfy(count -> {
                    assertThat(count.centre()).isEqualTo(corrected.centre(), within(2f));
                    assertThat(count.y()).isGreaterThan(corrected.y());
                })
                .hasSize(2);
    }

    private static AnnualReport report(int year, CaseFact... facts) {
        List<ShapeCount> shapes = new ArrayList<>();
        for (CaseFact fact : facts) {
            shapes.add(new ShapeCount(fact.shape(), 1));
        }
        return new AnnualReport("A", year, TableThree.count(year, shapes), TableFourReport.count(year, List.of()));
    }

    private static CaseFact fact(
            String number, ApplicantColumn column, String received, String outcome, TableThreeRow row) {
        LocalDate outcomeDate = outcome == null ? null : LocalDate.parse(outcome);
        return new CaseFact(number, column, LocalDate.parse(received), outcomeDate, row, outcomeDate);
    }

    private static Page firstPage(AnnualReport report) throws IOException {
        return pages(ReportExports.pdf(ReportView.of(report, List.of("A")))).get(0);
    }

    /** A run of glyphs drawn together: its left edge, width and baseline (from the top of the page). */
    record Text(String text, float x, float width, float y) {
        float centre() {
            return x + width / 2;
        }
    }

    /** What one page shows: the texts in drawing order and how many rectangles frame them. */
    record Page(float width, float height, List<Text> texts, int rectangles) {

        String text() {
            StringBuilder all = new StringBuilder();
            texts.forEach(t -> all.append(t.text()).append('\n'));
            return all.toString();
        }

        Text first(String text) {
            return all(text).stream().findFirst().orElseThrow(() -> new AssertionError("no " + text + " in " + text()));
        }

        List<Text> all(String text) {
            return texts.stream().filter(t -> t.text().equals(text)).toList();
        }

        /** Whether {@code text} is drawn centred on {@code centre} on the line at {@code y}. */
        boolean at(String text, float centre, float y) {
            return all(text).stream().anyMatch(t -> Math.abs(t.centre() - centre) < 2 && Math.abs(t.y() - y) < 2);
        }
    }

    private static List<Page> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                Glyphs glyphs = new Glyphs();
                glyphs.setStartPage(i + 1);
                glyphs.setEndPage(i + 1);
                glyphs.getText(document);
                int rectangles = countRectangles(page);
                pages.add(new Page(
                        page.getMediaBox().getWidth(), page.getMediaBox().getHeight(), glyphs.texts(), rectangles));
            }
            return pages;
        }
    }

    private static int countRectangles(PDPage page) throws IOException {
        int count = 0;
        for (Object token : new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse()) {
            if (token instanceof org.apache.pdfbox.contentstream.operator.Operator op
                    && op.getName().equals("re")) {
                count++;
            }
        }
        return count;
    }

    /** Joins the glyphs of each drawn string (one text object a line of a cell). */
    private static final class Glyphs extends PDFTextStripper {

        private final List<Text> texts = new ArrayList<>();
        private final List<TextPosition> run = new ArrayList<>();

        Glyphs() throws IOException {}

        @Override
        protected void processTextPosition(TextPosition glyph) {
            if (!run.isEmpty()) {
                TextPosition last = run.get(run.size() - 1);
                boolean adjacent = Math.abs(last.getYDirAdj() - glyph.getYDirAdj()) < 0.5
                        && Math.abs(last.getXDirAdj() + last.getWidthDirAdj() - glyph.getXDirAdj()) < 1;
                if (!adjacent) {
                    flush();
                }
            }
            run.add(glyph);
        }

        List<Text> texts() {
            flush();
            return texts;
        }

        private void flush() {
            if (run.isEmpty()) {
                return;
            }
            StringBuilder text = new StringBuilder();
            run.forEach(g -> text.append(g.getUnicode()));
            TextPosition first = run.get(0);
            TextPosition last = run.get(run.size() - 1);
            float x = first.getXDirAdj();
            texts.add(new Text(text.toString(), x, last.getXDirAdj() + last.getWidthDirAdj() - x, first.getYDirAdj()));
            run.clear();
        }
    }
}
