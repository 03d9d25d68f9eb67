package org.ogi.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain A4 document in Chinese: a title, paragraphs, key-value rows and ruled tables with merged cells, wrapped
 * and paginated, with the font embedded so it renders on any reader. Build it, then {@link #toBytes()}:
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
    private static final float GRID_TEXT_SIZE = 7;
    private static final float GRID_LEADING = 1.25f;
    private static final float GRID_PADDING = 2;
    /** What a character the font lacks shows as. */
    private static final int MISSING = '?';
    /** Between a row's label and its value. */
    private static final int KEY_SEPARATOR = '：';
    /** What a PDF reader needs of a TrueType font (the cmap, name, OS/2 and post tables also let fontbox read it). */
    private static final List<String> SUBSET_TABLES = List.of(
            "head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp", "cmap", "name", "OS/2",
            "post");

    private final CjkFont font;
    private final List<Block> blocks = new ArrayList<>();
    private PDRectangle pageSize = PDRectangle.A4;

    private sealed interface Block {
        /** Every text the block shows. */
        List<String> texts();
    }

    private record Title(String text) implements Block {
        public List<String> texts() {
            return List.of(text);
        }
    }

    private record Paragraph(String text) implements Block {
        public List<String> texts() {
            return List.of(text);
        }
    }

    private record Row(String key, String value) implements Block {
        public List<String> texts() {
            return List.of(key, value);
        }
    }

    private record Grid(float[] columnWeights, List<Cell> cells) implements Block {
        public List<String> texts() {
            return cells.stream().map(Cell::text).toList();
        }
    }

    /** How a cell's text sits in its box: labels start at the left, headers and numbers are centred. */
    public enum Align {
        LEFT,
        CENTER
    }

    /**
     * One box of a ruled table, at {@code row} and {@code column} (from 0), spanning {@code rows} rows and
     * {@code columns} columns (merged cells span more than one).
     */
    public record Cell(int row, int column, int rows, int columns, String text, Align align) {

        public Cell {
            if (rows < 1 || columns < 1) {
                throw new IllegalArgumentException("a cell spans at least one row and one column");
            }
            text = text == null ? "" : text;
        }

        int lastRow() {
            return row + rows - 1;
        }
    }

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

    /** A4 on its long side, for wide tables. */
    public PdfDocument landscape() {
        pageSize = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        return this;
    }

    /**
     * A ruled table: every cell framed, its text wrapped inside; {@code columnWeights} share the page's width among
     * the columns. A page breaks only between rows no merged cell spans.
     */
    public PdfDocument grid(float[] columnWeights, List<Cell> cells) {
        blocks.add(new Grid(columnWeights.clone(), List.copyOf(cells)));
        return this;
    }

    public byte[] toBytes() {
        try {
            return font.withFont(ttf -> {
                try (TrueTypeFont subset = subset(ttf);
                        PDDocument document = new PDDocument()) {
                    // PDFBox's own subsetting (load with embedSubset) builds the widths and CID maps of all the
                    // font's 30,000 glyphs for every document: a third of notification-service's CPU. The document's
                    // few hundred characters are cut from the font first, and that small font is embedded whole.
                    PDType0Font pdfFont = PDType0Font.load(document, subset, false);
                    new Layout(document, pageSize, pdfFont, subset.getUnicodeCmapLookup()).render(blocks);
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    document.save(out);
                    return out.toByteArray();
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF", e);
        }
    }

    /**
     * The glyphs of every character this document shows, with the mark that stands for a missing one, named with a
     * subset tag as PDF readers expect. Characters beyond the BMP are left out (fontbox writes only a BMP cmap), so
     * they show as the mark.
     */
    private TrueTypeFont subset(TrueTypeFont ttf) throws IOException {
        Set<Integer> codePoints = new TreeSet<>();
        codePoints.add(MISSING);
        codePoints.add(KEY_SEPARATOR);
        // A tab is shown as a space.
        codePoints.add((int) ' ');
        for (Block block : blocks) {
            for (String text : block.texts()) {
                text.codePoints().filter(cp -> cp <= 0xFFFF).forEach(codePoints::add);
            }
        }
        TTFSubsetter subsetter = new TTFSubsetter(ttf, SUBSET_TABLES);
        subsetter.setPrefix(tag(codePoints));
        subsetter.addAll(codePoints);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        subsetter.writeToStream(bytes);
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes.toByteArray()));
    }

    /** Six capital letters and a plus, from the characters, so one subset keeps one tag (ISO 32000-1, 9.6.4). */
    private static String tag(Set<Integer> codePoints) {
        long hash = codePoints.hashCode() & 0xFFFFFFFFL;
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.append('+').toString();
    }

    /** Places blocks top to bottom, starting a new page when one is full. */
    private static final class Layout {
        private final PDDocument document;
        private final PDRectangle pageSize;
        private final PDType0Font font;
        private final CmapLookup glyphs;
        private final Map<Integer, Float> widths = new HashMap<>();
        private final float width;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document, PDRectangle pageSize, PDType0Font font, CmapLookup glyphs) {
            this.document = document;
            this.pageSize = pageSize;
            this.font = font;
            this.glyphs = glyphs;
            this.width = pageSize.getWidth() - 2 * MARGIN;
        }

        void render(List<Block> blocks) throws IOException {
            newPage();
            Block previous = null;
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                if (previous instanceof Row && !(block instanceof Row)) {
                    y -= TEXT_SIZE / 2;
                }
                previous = block;
                if (block instanceof Paragraph p && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Grid next) {
                    // A table's heading goes to the next page with the table's first rows rather than stay alone.
                    float heading = wrap(p.text(), TEXT_SIZE, width).size() * TEXT_SIZE * LEADING + TEXT_SIZE / 2;
                    if (y - heading - measure(next).firstRows() < MARGIN) {
                        newPage();
                    }
                }
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
                    text(MARGIN, nextLine(TEXT_SIZE), r.key() + Character.toString(KEY_SEPARATOR), TEXT_SIZE);
                    text(MARGIN + KEY_WIDTH, y, lines.get(0), TEXT_SIZE);
                    for (String line : lines.subList(1, lines.size())) {
                        line(MARGIN + KEY_WIDTH, line, TEXT_SIZE);
                    }
                } else if (block instanceof Grid g) {
                    grid(g);
                    y -= TEXT_SIZE / 2;
                }
            }
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(pageSize);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = pageSize.getHeight() - MARGIN;
        }

        /** A grid's column edges, row heights and the rows a page may break before. */
        private record Measured(float[] left, float[] heights, boolean[] breakable) {

            /** The height of the rows up to the first place the grid may break. */
            float firstRows() {
                float height = heights.length == 0 ? 0 : heights[0];
                for (int r = 1; r < heights.length && !breakable[r]; r++) {
                    height += heights[r];
                }
                return height;
            }
        }

        private Measured measure(Grid grid) throws IOException {
            int rowCount = grid.cells().stream().mapToInt(Cell::lastRow).max().orElse(-1) + 1;
            float[] left = new float[grid.columnWeights().length + 1];
            float total = 0;
            for (float weight : grid.columnWeights()) {
                total += weight;
            }
            left[0] = MARGIN;
            for (int c = 0; c < grid.columnWeights().length; c++) {
                left[c + 1] = left[c] + width * grid.columnWeights()[c] / total;
            }
            float lineHeight = GRID_TEXT_SIZE * GRID_LEADING;
            float[] heights = new float[rowCount];
            Arrays.fill(heights, lineHeight + 2 * GRID_PADDING);
            List<Cell> byRows = new ArrayList<>(grid.cells());
            byRows.sort(Comparator.comparingInt(Cell::rows).thenComparingInt(Cell::row));
            for (Cell cell : byRows) {
                float needed = lines(cell, left).size() * lineHeight + 2 * GRID_PADDING;
                float spanned = 0;
                for (int r = cell.row(); r <= cell.lastRow(); r++) {
                    spanned += heights[r];
                }
                heights[cell.lastRow()] += Math.max(0, needed - spanned);
            }
            boolean[] breakable = new boolean[rowCount];
            Arrays.fill(breakable, true);
            for (Cell cell : grid.cells()) {
                for (int r = cell.row() + 1; r <= cell.lastRow(); r++) {
                    breakable[r] = false;
                }
            }
            return new Measured(left, heights, breakable);
        }

        /**
         * Row heights first (each row as high as its tallest single-row cell; a merged cell needing more grows its
         * last row), then the rows placed down the page, breaking only where no merged cell continues, then the
         * cells framed and filled.
         */
        private void grid(Grid grid) throws IOException {
            Measured measured = measure(grid);
            float[] left = measured.left();
            float[] heights = measured.heights();
            boolean[] breakable = measured.breakable();
            int rowCount = heights.length;
            float lineHeight = GRID_TEXT_SIZE * GRID_LEADING;
            // Where each row starts: a new page before a row that does not fit, where a break is allowed.
            float[] top = new float[rowCount];
            int[] page = new int[rowCount];
            int pages = 0;
            float at = y;
            for (int r = 0; r < rowCount; r++) {
                float rest = heights[r];
                for (int next = r + 1; next < rowCount && !breakable[next]; next++) {
                    rest += heights[next];
                }
                if (breakable[r] && at - rest < MARGIN && at < pageSize.getHeight() - MARGIN) {
                    pages++;
                    at = pageSize.getHeight() - MARGIN;
                }
                top[r] = at;
                page[r] = pages;
                at -= heights[r];
            }
            List<Cell> inOrder = new ArrayList<>(grid.cells());
            inOrder.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
            int current = 0;
            for (Cell cell : inOrder) {
                while (current < page[cell.row()]) {
                    newPage();
                    current++;
                }
                float x = left[cell.column()];
                float w = left[cell.column() + cell.columns()] - x;
                float cellTop = top[cell.row()];
                float cellBottom = top[cell.lastRow()] - heights[cell.lastRow()];
                stream.addRect(x, cellBottom, w, cellTop - cellBottom);
                stream.stroke();
                List<String> lines = lines(cell, left);
                float textTop = (cellTop + cellBottom + lines.size() * lineHeight) / 2;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    float textX = cell.align() == Align.CENTER
                            ? x + (w - textWidth(line, GRID_TEXT_SIZE)) / 2
                            : x + GRID_PADDING;
                    // The baseline sits a little above the bottom of the line's box.
                    text(textX, textTop - (i + 1) * lineHeight + GRID_TEXT_SIZE * 0.3f, line, GRID_TEXT_SIZE);
                }
            }
            while (current < pages) {
                newPage();
                current++;
            }
            y = rowCount == 0 ? y : top[rowCount - 1] - heights[rowCount - 1];
        }

        private List<String> lines(Cell cell, float[] left) throws IOException {
            float inner = left[cell.column() + cell.columns()] - left[cell.column()] - 2 * GRID_PADDING;
            return wrap(cell.text(), GRID_TEXT_SIZE, inner);
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
                // The line's width in glyph units, summed character by character in the order getStringWidth sums
                // them (the same float), instead of measuring the whole line again for every character added.
                float units = 0;
                int i = 0;
                while (i < paragraph.length()) {
                    int cp = paragraph.codePointAt(i);
                    // A character the font lacks would abort the whole document; it shows as a visible mark instead.
                    int shown = glyphs.getGlyphId(cp) == 0 ? MISSING : cp;
                    float next = units + width(shown);
                    if (line.length() > 0 && next / 1000 * size > maxWidth) {
                        lines.add(line.toString());
                        line.setLength(0);
                        units = 0;
                        continue;
                    }
                    line.appendCodePoint(shown);
                    units = next;
                    i += Character.charCount(cp);
                }
                lines.add(line.toString());
            }
            return lines;
        }

        /** One character's advance in glyph units, looked up once per document. */
        private float width(int codePoint) throws IOException {
            Float known = widths.get(codePoint);
            if (known == null) {
                known = font.getStringWidth(new String(Character.toChars(codePoint)));
                widths.put(codePoint, known);
            }
            return known;
        }
    }
}
