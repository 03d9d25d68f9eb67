package org.ogi.deadline.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Choices the appeal rules leave open (ogi-rules §4, §5, UNCONFIRMED).
 *
 * @param reconsiderationFirstSince a direct suit filed from this day against a refusal is flagged: ARL 2023
 *                                  Art. 23(四) makes reconsideration the first step (in force 2024-01-01, Art. 90;
 *                                  judged by the filing day)
 * @param refusalOutcomeGroups      table 三 groups of a reply that count as 「不予公开」 for that flag
 * @param remandReplyWorkingDays    the new reply's period from the decision's service when it names none (the
 *                                  Art. 33 period)
 */
public record AppealRules(
        LocalDate reconsiderationFirstSince, Set<String> refusalOutcomeGroups, int remandReplyWorkingDays) {

    public AppealRules {
        refusalOutcomeGroups = Set.copyOf(refusalOutcomeGroups);
        if (remandReplyWorkingDays < 1) {
            throw new IllegalArgumentException("the remand reply period must be at least 1 working day");
        }
    }

    public static AppealRules defaults() {
        return new AppealRules(LocalDate.of(2024, 1, 1), Set.of("WITHHELD", "PARTIALLY_DISCLOSED"), 20);
    }
}
