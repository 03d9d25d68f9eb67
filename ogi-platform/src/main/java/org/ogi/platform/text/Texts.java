package org.ogi.platform.text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What text the services accept: well-formed Unicode without control characters. PostgreSQL refuses NUL and a
 * lone surrogate would be stored as '?', so such text is refused at the edge instead of failing or changing later.
 */
public final class Texts {

    private Texts() {}

    /**
     * Why {@code text} is not acceptable, if it is not: a control character (tab, line feed and carriage return
     * only where {@code lineBreaks} allows them, as in a description) or a surrogate without its pair.
     */
    public static Optional<String> problem(CharSequence text, boolean lineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must be well-formed Unicode; a surrogate without its pair is at position " + i);
            } else if (isControl(c) && !(lineBreaks && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of(
                        "must not contain control characters; U+%04X is at position %d".formatted((int) c, i));
            }
        }
        return Optional.empty();
    }

    /** C0 controls, DEL and C1 controls. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /**
     * Decodes a percent-encoded URI component as strict UTF-8 ({@code +} stays as it is unless {@code plusIsSpace});
     * a malformed escape or a byte sequence that is not UTF-8 (overlong forms, encoded surrogates) is refused
     * instead of being replaced by U+FFFD.
     */
    public static String percentDecode(String raw, boolean plusIsSpace) {
        if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
                int low = high < 0 ? -1 : Character.digit(raw.charAt(i + 2), 16);
                if (low < 0) {
                    throw new IllegalArgumentException("has a malformed percent-escape at position " + i);
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                bytes.write(' ');
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
            }
        }
        return utf8(bytes.toByteArray());
    }

    /** The bytes as UTF-8 text; anything that is not strictly UTF-8 is refused rather than replaced. */
    public static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("is not valid UTF-8");
        }
    }
}
