package org.ogi.intake.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Possible repeat requests (重复申请, Art. 36(六)): the same applicant asking for similar information within
 * twelve months. Only flags; whether it really is a repeat is decided by a person.
 */
public final class RepeatRule {

    /** Texts at least this alike count as similar; tuned so that reworded requests for one report match. */
    public static final double SIMILAR = 0.6;

    public static final int MONTHS = 12;

    private RepeatRule() {}

    /** An earlier request of the same applicant: its tracking number, registration day and request text. */
    public record Earlier(String trackingNumber, LocalDate registeredOn, String text) {}

    /** The earliest day an earlier request may have been registered on to count. */
    public static LocalDate windowStart(LocalDate today) {
        return today.minusMonths(MONTHS);
    }

    /** The tracking numbers of the earlier requests this one possibly repeats. */
    public static List<String> possibleRepeats(String text, LocalDate today, List<Earlier> earlier) {
        LocalDate from = windowStart(today);
        return earlier.stream()
                .filter(e -> !e.registeredOn().isBefore(from))
                .filter(e -> ContentSimilarity.dice(text, e.text()) >= SIMILAR)
                .map(Earlier::trackingNumber)
                .toList();
    }

    /** The request text compared: what is asked for, in one string. */
    public static String text(String title, String documentNumber, String description) {
        StringBuilder text = new StringBuilder();
        for (String part : new String[] {title, documentNumber, description}) {
            if (part != null) {
                text.append(part).append(' ');
            }
        }
        return text.toString();
    }

    /** The applicant's identity as compared: type and normalised number, or empty without a number. */
    public static Optional<String> identityKey(IdType type, String number) {
        String n = IdentityNumbers.normalise(number);
        return type == null || n == null || n.isEmpty() ? Optional.empty() : Optional.of(type + ":" + n);
    }

    /** Name and phone digits, for applicants who give no identity number. */
    public static Optional<String> namePhoneKey(String name, String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        String n = ContentSimilarity.normalise(name);
        if (n.isEmpty() || digits.isEmpty()) {
            return Optional.empty();
        }
        // Drops a leading country code so +86 138... and 138... compare equal.
        if (digits.startsWith("86") && digits.length() == 13) {
            digits = digits.substring(2);
        }
        return Optional.of(n + ":" + digits);
    }
}
