package org.ogi.contracts.v1;

import java.time.LocalDate;

/**
 * deadline-service computed a statutory clock's due date.
 *
 * @param clock       e.g. REPLY, FEE_PAYMENT:F-1
 * @param regime      OGI_2019 (20 working days) or OGI_2008 (15)
 * @param provisional true when the date depends on a year without an official calendar
 */
public record DeadlineScheduled(
        String trackingNumber,
        String agency,
        ClockKey clock,
        LocalDate startDate,
        int workingDays,
        LocalDate dueDate,
        boolean provisional,
        String regime) {}
