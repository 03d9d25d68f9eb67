package org.ogi.intake.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Objects;

/**
 * Fee measures (国办函〔2020〕109号) Art. 4: the per-request fee depends on the same applicant's requests 「一个自然月内
 * 累计申请」. Counted from intake's records: the requests to the agency received in the calendar month of this one's
 * received date by the same applicant (same identity document, or same name and phone), this one included.
 */
public final class MonthlyRequestCount {

    private MonthlyRequestCount() {}

    /** A request as far as the count needs it; keys as {@link RepeatRule} makes them, null when unknown. */
    public record Known(String trackingNumber, String identityKey, String namePhoneKey, LocalDate receivedDate) {}

    public static int of(Known request, Collection<Known> others) {
        YearMonth month = YearMonth.from(request.receivedDate());
        return 1
                + (int) others.stream()
                        .filter(o -> !Objects.equals(o.trackingNumber(), request.trackingNumber()))
                        .filter(o -> o.receivedDate() != null
                                && YearMonth.from(o.receivedDate()).equals(month))
                        .filter(o -> request.identityKey() != null
                                        && request.identityKey().equals(o.identityKey())
                                || request.namePhoneKey() != null
                                        && request.namePhoneKey().equals(o.namePhoneKey()))
                        .map(Known::trackingNumber)
                        .distinct()
                        .count();
    }
}
