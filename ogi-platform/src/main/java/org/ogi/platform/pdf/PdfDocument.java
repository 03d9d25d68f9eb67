package org.ogi.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 document in Chinese: a title, paragraphs and key-value rows, wrapped and paginated, with the font
 * embedded so it renders on any reader. Build it, then {@link #toBytes()}:
 *
 * <pre>{@code
 * byte[] pdf = PdfDocument.with(font).title("政府信息公开申请回执").row("申请编号", tn).paragraph(text).toBytes();
 * }</pre>
 */
public final class PdfDocument {

    private static final float MARGIN = 56;
    private static final float TITLE_SIZE = 18;
    private static final float TEXT_SIZE = 11;
    private static final float LEADING = 1.5f;
    private static final float KEY_WIDTH = 110;

    private final CjkFont font;
    private final List<Block> blocks = new ArrayList<>();

    private sealed interface Block {}

    private record Title(String text) implements Block {}

    private record Paragraph(String text) implements Block {}

    private record Row(String key, String value) implements Block {}

    private PdfDocument(CjkFont font) {
        this.font = font;
    }

    public static PdfDocument with(CjkFont font) {
        return new PdfDocument(font);
    }

    /** A centred heading. */
    public PdfDocument title(String text) {
        blocks.add(new Title(text));
        return this;
    }

    /** Running text; line breaks in {@code text} are kept. */
    public PdfDocument paragraph(String text) {
        blocks.add(new Paragraph(text == null ? "" : text));
        return this;
    }

    /** A label and its value side by side; a long value wraps beside the label. */
    public PdfDocument row(String key, String value) {
        blocks.add(new Row(key, value == null ? "" : value));
        return this;
    }

    public byte[] toBytes() {
        try {
            return font.withFont(ttf -> {
                try (PDDocument document = new PDDocument()) {
                    // The subset is embedded from the font; the font itself stays open for the next document.
                    PDType0Font pdfFont = PDType0Font.load(document, ttf, true);
                    new Layout(document, pdfFont, ttf.getUnicodeCmapLookup()).render(blocks);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    document.save(out);
                    return out.toByteArray();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
    }

    /** Places blocks top to bottom, starting a new page when one is full. */
    private static final class Layout {
        private final PDDocument document;
        private final PDType0Font font;
        private final CmapLookup glyphs;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document, PDType0Font font, CmapLookup glyphs) {
            this.document = document;
            this.font = font;
            this.glyphs = glyphs;
        }

        void render(List<Block> blocks) throws IOException {
            newPage();
            Block previous = null;
            for (Block block : blocks) {
                if (previous instanceof Row && !(block instanceof Row)) {
                    y -= TEXT_SIZE / 2;
                }
                previous = block;
                if (block instanceof Title t) {
                    for (String line : wrap(t.text(), TITLE_SIZE, width)) {
                        line(MARGIN + (width - textWidth(line, TITLE_SIZE)) / 2, line, TITLE_SIZE);
                    }
                    y -= TITLE_SIZE;
                } else if (block instanceof Paragraph p) {
                    for (String line : wrap(p.text(), TEXT_SIZE, width)) {
                        line(MARGIN, line, TEXT_SIZE);
                    }
                    y -= TEXT_SIZE / 2;
                } else if (block instanceof Row r) {
                    List<String> lines = wrap(r.value(), TEXT_SIZE, width - KEY_WIDTH);
                    text(MARGIN, nextLine(TEXT_SIZE), r.key() + "：", TEXT_SIZE);
                    text(MARGIN + KEY_WIDTH, y, lines.get(0), TEXT_SIZE);
                    for (String line : lines.subList(1, lines.size())) {
                        line(MARGIN + KEY_WIDTH, line, TEXT_SIZE);
                    }
                }
            }
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private float nextLine(float size) throws IOException {
            if (y - size * LEADING < MARGIN) {
                newPage();
            }
            y -= size * LEADING;
            return y;
        }

        private void line(float x, String text, float size) throws IOException {
            text(x, nextLine(size), text, size);
        }

        private void text(float x, float atY, String text, float size) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, atY);
            stream.showText(text);
            stream.endText();
        }

        private float textWidth(String text, float size) throws IOException {
            return font.getStringWidth(text) / 1000 * size;
        }

        /** Breaks at any character, as Chinese text allows, keeping explicit line breaks; an empty text is one line. */
        private List<String> wrap(String text, float size, float maxWidth) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.replace("\r", "").replace("\t", " ").split("\n", -1)) {
                StringBuilder line = new StringBuilder();
                int i = 0;
                while (i < paragraph.length()) {
                    int cp = paragraph.codePointAt(i);
                    // A character the font lacks would abort the whole document; it shows as a visible mark instead.
                    int shown = glyphs.getGlyphId(cp) == 0 ? '?' : cp;
                    String next = line + new String(Character.toChars(shown));
                    if (line.length() > 0 && textWidth(next, size) > maxWidth) {
                        lines.add(line.toString());
                        line.setLength(0);
                        continue;
                    }
                    line.appendCodePoint(shown);
                    i += Character.charCount(cp);
                }
                lines.add(line.toString());
            }
            return lines;
        }
    }
}
