package org.ogi.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;
import java.util.Set;
import org.ogi.cases.domain.ReplyType;

@ConfigMapping(prefix = "ogi.cases")
public interface CaseConfig {

    /** Agencies that charge the 信息处理费 (§1.13) and therefore may issue fee notices; none by default. */
    @WithName("fee-notice-agencies")
    Optional<Set<String>> feeNoticeAgencies();

    /**
     * The annual-report table 三 row a withdrawn request counts in, so that 一 + 二 = （七） + 四 holds. UNCONFIRMED:
     * the 2021 format names no row for withdrawals; the documented choice is （六）其他处理 3.其他.
     */
    @WithName("withdrawn-outcome")
    @WithDefault("OTHER_OTHER")
    ReplyType withdrawnOutcome();
}
