package org.ogi.platform.text;

/**
 * Checks a byte stream, fed in pieces, for strict UTF-8 (RFC 3629): no overlong forms such as {@code C0 AF} for
 * '/', no encoded surrogates, nothing above U+10FFFF, no truncated sequence. Lenient decoders turn such bytes into
 * other characters, so text would be stored changed.
 */
public final class Utf8Validator {

    private long position;
    private int pending;
    private int lowest = 0x80;
    private int highest = 0xBF;

    /** Checks the next bytes; throws naming the offset of the first byte that is not UTF-8. */
    public void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++, position++) {
            int b = bytes[i] & 0xFF;
            if (pending > 0) {
                if (b < lowest || b > highest) {
                    throw invalid();
                }
                lowest = 0x80;
                highest = 0xBF;
                pending--;
            } else if (b >= 0x80) {
                start(b);
            }
        }
    }

    /** The end of the stream: a multi-byte sequence must not be cut off. */
    public void finish() {
        if (pending > 0) {
            throw invalid();
        }
    }

    private void start(int b) {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            // E0 would be overlong below A0; ED A0..BF would encode a surrogate.
            lowest = b == 0xE0 ? 0xA0 : 0x80;
            highest = b == 0xED ? 0x9F : 0xBF;
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            // F0 would be overlong below 90; F4 90 and above lie beyond U+10FFFF.
            lowest = b == 0xF0 ? 0x90 : 0x80;
            highest = b == 0xF4 ? 0x8F : 0xBF;
        } else {
            throw invalid();
        }
    }

    private IllegalArgumentException invalid() {
        return new IllegalArgumentException("the body is not valid UTF-8 at byte " + position);
    }
}
