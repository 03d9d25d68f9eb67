package org.ogi.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

    private static final CjkFont FONT = CjkFont.locate();

    @Test
    void chineseTextIsWrittenWithAnEmbeddedFontAndReadsBack() throws IOException {
        byte[] pdf = PdfDocument.with(FONT)
                .title("政府信息公开申请回执")
                .row("申请编号", "A-2026-000123")
                .paragraph("本机关自收到申请之日起20个工作日内予以答复。")
                .toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("政府信息公开申请回执", "A-2026-000123", "20个工作日内予以答复");
            PDFont font = document.getPage(0)
                    .getResources()
                    .getFont(document.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.isEmbedded()).isTrue();
        }
    }

    @Test
    void longTextWrapsOntoFurtherPagesWithoutLosingCharacters() throws IOException {
        String longText = "政府信息公开".repeat(2000);

        byte[] pdf = PdfDocument.with(FONT).paragraph(longText).toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).isEqualTo(longText);
        }
    }

    @Test
    void aCharacterTheFontLacksIsShownAsAMarkInsteadOfFailing() throws IOException {
        byte[] pdf = PdfDocument.with(FONT).paragraph("申请\uD83D\uDE00人").toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo("申请?人");
        }
    }

    @Test
    void aLongGridBreaksOnlyBetweenRowsNoMergedCellSpans() throws IOException {
        List<PdfDocument.Cell> cells = new ArrayList<>();
        for (int row = 0; row < 120; row++) {
            if (row % 4 == 0) {
                cells.add(new PdfDocument.Cell(row, 0, 4, 1, "组" + row / 4, PdfDocument.Align.CENTER));
            }
            cells.add(new PdfDocument.Cell(row, 1, 1, 1, "行" + row, PdfDocument.Align.LEFT));
        }

        byte[] pdf = PdfDocument.with(FONT).grid(new float[] {1, 3}, cells).toBytes();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                // Each page starts with a group's first row: no group of four is cut by the page break.
                String firstRow = stripper.getText(document).replaceAll("(?s).*?行(\\d+).*", "$1");
                assertThat(Integer.parseInt(firstRow) % 4)
                        .as("page %d starts at a group", page)
                        .isZero();
            }
        }
    }
}
