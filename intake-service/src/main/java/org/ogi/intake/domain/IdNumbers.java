package org.ogi.intake.domain;

/** Personal identity numbers leave the service masked unless the caller's role needs them. */
public final class IdNumbers {

    private IdNumbers() {}

    /** Keeps the first six (region) and last four characters: {@code 110105********1234}. */
    public static String mask(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        int length = idNumber.length();
        if (length <= 4) {
            return "*".repeat(length);
        }
        int head = length >= 14 ? 6 : Math.min(2, length - 4);
        return idNumber.substring(0, head) + "*".repeat(length - head - 4) + idNumber.substring(length - 4);
    }
}
