package org.ogi.contracts.v1;

import java.time.LocalDate;

/**
 * A request arrived by a channel whose received date is the day both sides confirm (Art. 31: ordinary post, fax);
 * it has no received date yet. For ordinary post the office must confirm {@code confirmByDate} the day it arrived
 * (Art. 31(二)), so deadline-service keeps a CONFIRMATION clock; fax has no such day ({@code confirmByDate} null).
 *
 * @param channel   LETTER or FAX
 * @param applicant who wrote, with the contact data the letter or fax gave (identity number masked), so the
 *                  applicant can be told; null on events before it was added
 */
public record RequestAwaitingConfirmation(
        String trackingNumber,
        String agency,
        String agencyName,
        String channel,
        LocalDate arrivedOn,
        LocalDate confirmByDate,
        RequestReceived.Applicant applicant) {

    /** Without the applicant (the v1 form before it was added). */
    public RequestAwaitingConfirmation(
            String trackingNumber,
            String agency,
            String agencyName,
            String channel,
            LocalDate arrivedOn,
            LocalDate confirmByDate) {
        this(trackingNumber, agency, agencyName, channel, arrivedOn, confirmByDate, null);
    }
}
