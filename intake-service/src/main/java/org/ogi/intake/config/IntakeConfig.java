package org.ogi.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "ogi.intake")
public interface IntakeConfig {

    /**
     * Agencies entered in the directory at start unless already there, as {@code CODE=Name}; e.g. the demo realm's
     * agencies, or a deployment's agencies before their administrators sign in. An entry never overwrites a name.
     */
    @WithName("directory-seed")
    Optional<List<String>> directorySeed();

    /**
     * How many days before its registration a clerk may date an in-person or oral request (the day it was handed in,
     * Art. 31(一)). An agency setting, not in the rules: the default covers the longest holiday (National Day, with its
     * adjoining weekend) plus a day.
     */
    @WithName("received-date-max-days-back")
    @WithDefault("10")
    int receivedDateMaxDaysBack();
}
