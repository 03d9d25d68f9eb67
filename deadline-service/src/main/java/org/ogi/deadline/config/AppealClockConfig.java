package org.ogi.deadline.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;
import java.util.Set;
import org.ogi.deadline.domain.AppealRules;

/** Choices the appeal rules leave open (ogi-rules §4, §5; UNCONFIRMED, documented suggestions as defaults). */
@ConfigMapping(prefix = "ogi.deadlines.appeals")
public interface AppealClockConfig {

    /** From this filing day a direct suit against a refusal is flagged (ARL 2023 Art. 23(四), in force 2024-01-01). */
    @WithDefault("2024-01-01")
    LocalDate reconsiderationFirstSince();

    /** Table 三 groups of a reply that count as 「不予公开」 for that flag. */
    @WithDefault("WITHHELD,PARTIALLY_DISCLOSED")
    Set<String> refusalOutcomeGroups();

    /** The new reply's working days from the decision's service when the decision names no period (Art. 33). */
    @WithDefault("20")
    int remandReplyWorkingDays();

    default AppealRules rules() {
        return new AppealRules(reconsiderationFirstSince(), refusalOutcomeGroups(), remandReplyWorkingDays());
    }
}
