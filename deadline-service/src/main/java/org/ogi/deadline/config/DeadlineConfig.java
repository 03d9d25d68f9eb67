package org.ogi.deadline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.ogi.deadline.domain.ClockRules;

@ConfigMapping(prefix = "ogi.deadlines")
public interface DeadlineConfig {

    /**
     * A clock is DUE_SOON, and {@code ogi.deadline.approaching.v1} is sent, this many working days before its due
     * date.
     */
    @WithDefault("3")
    int dueSoonWorkingDays();

    /** The applicant's correction period when a notice names none; Art. 30 only says "reasonable" (agency setting). */
    @WithDefault("15")
    int correctionPeriodWorkingDays();

    /**
     * Whether the time from a fee notice to its payment is left out of the reply period. UNCONFIRMED (ogi-rules
     * §1.13, §7 item 1). Default true: the agency cannot go on with a request whose fee is unpaid (unpaid, it is
     * deemed abandoned), so counting that wait against the agency would let an applicant's delay breach the reply
     * period; the payment period itself is counted from the applicant's receipt of the notice.
     */
    @WithDefault("true")
    boolean excludeFeeWait();

    /**
     * Working days for an Art. 41 correction of the applicant's own records. UNCONFIRMED: the Regulation sets no
     * period (ogi-rules §1.12, §7 item 4); the default treats it like the Art. 33 reply.
     */
    @WithDefault("20")
    int recordCorrectionWorkingDays();

    /** How often the alert sweep runs (read by its {@code @Scheduled}). */
    @WithDefault("60s")
    String alertSweepEvery();

    /** Alerts of one kind per sweep transaction; a sweep runs transactions until the backlog is done. */
    @WithDefault("5000")
    int alertSweepBatch();

    /** How soon an instance picks up a calendar change made through another instance (read by its {@code @Scheduled}). */
    @WithDefault("10s")
    String calendarRefreshEvery();

    default ClockRules clockRules() {
        return new ClockRules(correctionPeriodWorkingDays(), excludeFeeWait(), recordCorrectionWorkingDays());
    }
}
