package org.ogi.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
            // Only the document's characters are embedded, as a tagged subset, each as wide as in the font.
            assertThat(font.getName()).matches("[A-Z]{6}\\+.+");
            PDType0Font type0 = (PDType0Font) font;
            byte[] embedded =
                    type0.getDescendantFont().getFontDescriptor().getFontFile2().toByteArray();
            try (TrueTypeFont subset = new TTFParser().parse(new RandomAccessReadBuffer(embedded))) {
                // The whole font has tens of thousands of glyphs; this document shows about sixty characters.
                assertThat(subset.getNumberOfGlyphs()).isLessThan(100);
            }
            float inFont = FONT.withFont(ttf ->
                    ttf.getAdvanceWidth(ttf.getUnicodeCmapLookup().getGlyphId('政')) * 1000f / ttf.getUnitsPerEm());
            assertThat(font.getStringWidth("政")).isEqualTo(inFont);
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
    void documentsMadeOneAfterAnotherAndAtOnceWithOneFontEachHoldTheirOwnText() throws Exception {
        CjkFont font = CjkFont.locate();
        List<String> texts = List.of("申请人张三", "答复期限延长", "补正告知书", "收到申请告知", "政府信息不存在");
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> pdfs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String text : texts) {
                    pdfs.add(threads.submit(
                            () -> PdfDocument.with(font).paragraph(text).toBytes()));
                }
            }
            for (int i = 0; i < pdfs.size(); i++) {
                try (PDDocument document = Loader.loadPDF(pdfs.get(i).get())) {
                    assertThat(new PDFTextStripper().getText(document).strip()).isEqualTo(texts.get(i % texts.size()));
                }
            }
        } finally {
            threads.shutdown();
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
