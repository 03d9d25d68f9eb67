package org.ogi.contracts.v1;

import java.time.LocalDate;

/**
 * A request that waited for the confirmation of Art. 31 (ordinary post, fax) was confirmed; its received date is
 * {@code confirmedOn}. A {@link RequestReceived} with the same date follows in the same transaction.
 */
public record RequestConfirmed(
        String trackingNumber, String agency, String channel, LocalDate confirmedOn, String confirmedBy) {}
