package org.ogi.platform.persistence;

import java.io.Serializable;
import java.util.Objects;

/**
 * The identity of one statutory clock of a case, for entities keyed by {@code (trackingNumber, clock)} through
 * {@code @IdClass}: deadline-service's derived clocks and case-service's copy of their due dates. {@code clock} is
 * the text form of the contracts' typed {@code ClockKey} (kept as text for the column); read it with
 * {@code ClockKey.parse}.
 */
public class CaseClockKey implements Serializable {

    public String trackingNumber;
    public String clock;

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseClockKey key
                && Objects.equals(trackingNumber, key.trackingNumber)
                && Objects.equals(clock, key.clock);
    }

    @Override
    public int hashCode() {
        return Objects.hash(trackingNumber, clock);
    }
}
