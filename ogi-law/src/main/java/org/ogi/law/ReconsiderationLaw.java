package org.ogi.law;

import java.time.LocalDate;

/**
 * The reconsideration law that governs an application: ARL 2023 from 2024-01-01 (its Art. 90), ARL 2017 for
 * applications the body received before. They differ in the agency's answer period: 10 working days (ARL 2023
 * Arts. 48, 88; 5 in the simplified procedure, Art. 54) against 10 calendar days (ARL 2017 Arts. 23, 40).
 */
public enum ReconsiderationLaw {
    ARL_2017,
    ARL_2023;

    public static final LocalDate ARL_2023_IN_FORCE = LocalDate.of(2024, 1, 1);

    /** By the day the reconsideration body received the application. */
    public static ReconsiderationLaw forApplicationReceivedOn(LocalDate receivedOn) {
        return receivedOn.isBefore(ARL_2023_IN_FORCE) ? ARL_2017 : ARL_2023;
    }
}
