package org.ogi.intake.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The statutory received date of Art. 31, which starts every clock. Channels whose date is the day both sides
 * confirm have none until the confirmation is recorded.
 */
public final class ReceivedDateRule {

    private ReceivedDateRule() {
    }

    /** The received date known at registration, or empty while the request waits for confirmation. */
    public static Optional<LocalDate> atRegistration(Channel channel, LocalDate today) {
        return switch (channel) {
            // Art. 31: the day of submission; oral requests are recorded by the office on the day (UNCONFIRMED, §1.5).
            case IN_PERSON, ORAL -> Optional.of(today);
            // The system's acknowledgement is the confirmation of both sides.
            case WEB -> Optional.of(today);
            case LETTER, FAX -> Optional.empty();
        };
    }
}
