package org.ogi.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ConfigMapping(prefix = "ogi.cases")
public interface CaseConfig {

    /** Agencies that charge the 信息处理费 (§1.13) and therefore may issue fee notices; none by default. */
    @WithName("fee-notice-agencies")
    Optional<Set<String>> feeNoticeAgencies();

    /** Agency names for reply letters, by agency code; a letter shows the code where no name is configured. */
    @WithName("agency-names")
    Map<String, String> agencyNames();
}
