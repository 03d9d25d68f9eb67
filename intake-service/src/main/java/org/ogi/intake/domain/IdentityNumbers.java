package org.ogi.intake.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks identity numbers as written: the resident ID check digit of GB 11643 and the unified social credit code
 * check character of GB 32100; the other documents by their format only.
 */
public final class IdentityNumbers {

    private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String RESIDENT_CHECK = "10X98765432";
    /** GB 32100 alphabet: digits and capitals without I, O, Z, S and V. */
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern RESIDENT_FORMAT = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern PASSPORT_FORMAT = Pattern.compile("[A-Z0-9]{5,17}");
    /** 港澳居民来往内地通行证: H or M and 8 (old) or 10 digits. */
    private static final Pattern HK_MACAO_FORMAT = Pattern.compile("[HM]\\d{8}(\\d{2})?");
    /** 台湾居民来往大陆通行证: 8 digits, or 10 with the issue count. */
    private static final Pattern TAIWAN_FORMAT = Pattern.compile("\\d{8}(\\d{2})?");

    private IdentityNumbers() {}

    /** Upper case, half-width, without spaces or hyphens: the form numbers are compared and checked in. */
    public static String normalise(String number) {
        if (number == null) {
            return null;
        }
        String halfWidth = java.text.Normalizer.normalize(number, java.text.Normalizer.Form.NFKC);
        return halfWidth.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Why {@code type} is not a document {@code applicant} can prove its identity with (Art. 29 ¶2 (一)), or empty.
     * A natural person uses a personal document or OTHER; an organisation its unified social credit code, or, for
     * the other organisations of Art. 27 that have none, OTHER (e.g. a registration certificate).
     */
    public static Optional<String> documentProblem(ApplicantType applicant, IdType type) {
        boolean fits = applicant == ApplicantType.ORGANISATION
                ? type == IdType.USCC || type == IdType.OTHER
                : type != IdType.USCC;
        return fits
                ? Optional.empty()
                : Optional.of(
                        applicant == ApplicantType.ORGANISATION
                                ? "an organisation is identified by its USCC or, without one, by another document (OTHER)"
                                : "a natural person is identified by a personal document, not a USCC");
    }

    /** Why {@code number} is not a valid number of {@code type}, or empty when it is. */
    public static Optional<String> problem(IdType type, String number, LocalDate today) {
        String n = normalise(number);
        return switch (type) {
            case RESIDENT_ID -> residentIdProblem(n, today);
            case USCC ->
                isValidCreditCode(n)
                        ? Optional.empty()
                        : Optional.of("not a unified social credit code (GB 32100 check character)");
            case PASSPORT -> format(n, PASSPORT_FORMAT, "not a passport number");
            case HK_MACAO_PERMIT -> format(n, HK_MACAO_FORMAT, "not a Hong Kong/Macao permit number");
            case TAIWAN_PERMIT -> format(n, TAIWAN_FORMAT, "not a Taiwan permit number");
            case OTHER -> n.isEmpty() ? Optional.of("must not be empty") : Optional.empty();
        };
    }

    public static boolean isValidResidentId(String number) {
        String n = normalise(number);
        return n != null && RESIDENT_FORMAT.matcher(n).matches() && n.charAt(17) == residentCheck(n);
    }

    public static boolean isValidCreditCode(String code) {
        String n = normalise(code);
        if (n == null || n.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = USCC_ALPHABET.indexOf(n.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * USCC_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return n.charAt(17) == USCC_ALPHABET.charAt(check);
    }

    private static Optional<String> residentIdProblem(String n, LocalDate today) {
        if (!RESIDENT_FORMAT.matcher(n).matches()) {
            return Optional.of("a resident ID number has 17 digits and a check digit or X");
        }
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(n.substring(6, 10)),
                    Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
            if (birth.isAfter(today)) {
                return Optional.of("the date of birth in the number is in the future");
            }
        } catch (DateTimeException e) {
            return Optional.of("the date of birth in the number is impossible");
        }
        return n.charAt(17) == residentCheck(n)
                ? Optional.empty()
                : Optional.of("the check digit does not match (GB 11643)");
    }

    private static char residentCheck(String n) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (n.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
        }
        return RESIDENT_CHECK.charAt(sum % 11);
    }

    private static Optional<String> format(String n, Pattern pattern, String message) {
        return pattern.matcher(n).matches() ? Optional.empty() : Optional.of(message);
    }
}
