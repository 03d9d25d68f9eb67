package org.ogi.contracts.v1;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What every case event carries: the transition and who made it. Each {@code ogi.case.<event>.v1} payload has
 * these fields first, then its own.
 *
 * @param occurredOn the legal date of the step (Asia/Shanghai), which the clocks use
 * @param at         when it was recorded
 */
public record CaseTransitioned(
        String trackingNumber,
        String agency,
        String action,
        String fromState,
        String toState,
        LocalDate occurredOn,
        OffsetDateTime at,
        String actor,
        String actorRole) {}
