package org.ogi.platform.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates the services accept, in any parameter or body: 1900-01-01 to 2199-12-31, the span calendar notices can
 * be entered for. Requests, appeals and their periods all fall well inside; dates far outside would only overflow
 * period arithmetic (LocalDate ends at +999999999-12-31), so they are refused as invalid input.
 */
public final class SupportedDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private SupportedDates() {}

    /** Why the date is refused, if it is outside the supported range. */
    public static Optional<String> problem(LocalDate date) {
        return date.isBefore(FIRST) || date.isAfter(LAST)
                ? Optional.of("must be between " + FIRST + " and " + LAST)
                : Optional.empty();
    }
}
