package org.ogi.deadline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "ogi.deadlines")
public interface DeadlineConfig {

    /** A clock is DUE_SOON this many working days before its due date. */
    @WithDefault("3")
    int dueSoonWorkingDays();
}
