package org.ogi.platform.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jboss.logging.Logger;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;

/**
 * A TrueType font (.ttf, or the first font of a .ttc) with Chinese glyphs, read once and embedded as a subset into
 * every document. No such font comes with the JDK or a fresh Debian: the project's set-up installs
 * {@code fonts-wqy-microhei}; {@code OGI_PDF_FONT} or {@link #at(Path)} names another file.
 */
public final class CjkFont {

    /** Where Debian's packages put embeddable CJK TrueType fonts, most preferred first. */
    static final List<Path> SYSTEM_LOCATIONS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));

    private final Path path;
    private final byte[] bytes;
    private final Queue<TrueTypeFont> idle = new ConcurrentLinkedQueue<>();

    private static final Logger LOG = Logger.getLogger(CjkFont.class);
    private static volatile CjkFont shared;

    private CjkFont(Path path, byte[] bytes) {
        this.path = path;
        this.bytes = bytes;
    }

    public static CjkFont at(Path path) {
        try {
            CjkFont font = new CjkFont(path, Files.readAllBytes(path));
            font.idle.add(font.open());
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the CJK font " + path, e);
        }
    }

    /**
     * The located font, found on first use and kept: a service that prints nothing starts without one. Without a
     * font a PDF cannot be made, which is the server's problem (503), not the caller's.
     */
    public static CjkFont shared() {
        CjkFont font = shared;
        if (font == null) {
            try {
                font = locate();
            } catch (IllegalStateException e) {
                LOG.error(e.getMessage());
                throw new ProblemException(new Problem(
                        ProblemKind.UNAVAILABLE, "PDFs cannot be printed: no Chinese font is installed on the server"));
            }
            shared = font;
        }
        return font;
    }

    /** The font named by {@code OGI_PDF_FONT}, else the first installed system font. */
    public static CjkFont locate() {
        Optional<Path> configured = Optional.ofNullable(System.getenv("OGI_PDF_FONT"))
                .filter(s -> !s.isBlank())
                .map(Path::of);
        return at(configured
                .or(() -> SYSTEM_LOCATIONS.stream().filter(Files::isReadable).findFirst())
                .orElseThrow(() -> new IllegalStateException("no CJK TrueType font found in " + SYSTEM_LOCATIONS
                        + ": install the Debian package fonts-wqy-microhei or set OGI_PDF_FONT")));
    }

    public Path path() {
        return path;
    }

    /**
     * Runs {@code use} with a parsed font that no other thread holds meanwhile: fontbox fonts are not safe to share
     * between threads, and parsing the collection again for every document cost more than the rest of the document
     * (a notice's PDF per e-mail). Parsed fonts are kept for reuse, as many as were ever in use at once.
     */
    <T> T withFont(FontUse<T> use) throws IOException {
        TrueTypeFont font = idle.poll();
        if (font == null) {
            font = open();
        }
        try {
            return use.apply(font);
        } finally {
            idle.add(font);
        }
    }

    /** What is done with a parsed font. */
    @FunctionalInterface
    interface FontUse<T> {
        T apply(TrueTypeFont font) throws IOException;
    }

    private TrueTypeFont open() throws IOException {
        if (path.getFileName().toString().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(new java.io.ByteArrayInputStream(bytes));
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(font -> {
                if (first[0] == null) {
                    first[0] = font;
                }
            });
            return first[0];
        }
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }
}
