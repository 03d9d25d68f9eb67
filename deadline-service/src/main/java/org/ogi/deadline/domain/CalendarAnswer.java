package org.ogi.deadline.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date computed by {@link WorkingDayCalendar}.
 *
 * @param date        the computed date
 * @param provisional true if the computation depended on a day in a year for which no State Council
 *                    notice is loaded, so a later notice may still move the date
 */
public record CalendarAnswer(LocalDate date, boolean provisional) {

    public CalendarAnswer {
        Objects.requireNonNull(date, "date");
    }
}
