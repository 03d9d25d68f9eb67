package org.ogi.contracts.v1;

import java.time.LocalDate;

/**
 * A request arrived by a channel whose received date is the day both sides confirm (Art. 31: ordinary post, fax);
 * it has no received date yet. For ordinary post the office must confirm {@code confirmByDate} the day it arrived
 * (Art. 31(二)), so deadline-service keeps a CONFIRMATION clock; fax has no such day ({@code confirmByDate} null).
 *
 * @param channel LETTER or FAX
 */
public record RequestAwaitingConfirmation(
        String trackingNumber,
        String agency,
        String agencyName,
        String channel,
        LocalDate arrivedOn,
        LocalDate confirmByDate) {}
