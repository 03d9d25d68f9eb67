package org.ogi.deadline.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.ogi.law.AppealKind;
import org.ogi.law.AppealProcedure;

/**
 * The facts of a filed appeal that its periods depend on, as appeals-service announced them.
 *
 * @param filedOn        the day the body received the application or the court registered the complaint
 * @param copyReceivedOn the day the agency received the copy
 * @param acceptedOn     the body's acceptance, null if not known
 * @param knewOn         the day the appellant knew of the act (the reply's service date; the served decision or
 *                       judgment for a suit after reconsideration, a second instance or a retrial)
 * @param actOn          the day of the act (the reply; the reply due date for non-performance)
 * @param replyDueDate   the reply due date including any extension (non-performance runs from it)
 * @param remediesTold   null when not known, which counts as told
 * @param refusal        true if the reply refused disclosure (ARL 2023 Art. 23(四))
 * @param appealedRuling for a second instance: true if a ruling (10 days) rather than a judgment (15) is appealed
 */
public record AppealFiling(
        AppealKind kind,
        boolean nonPerformance,
        AppealProcedure procedure,
        LocalDate filedOn,
        LocalDate copyReceivedOn,
        LocalDate acceptedOn,
        LocalDate knewOn,
        LocalDate actOn,
        LocalDate replyDueDate,
        Boolean remediesTold,
        boolean refusal,
        boolean appealedRuling) {

    public AppealFiling {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(filedOn, "filedOn");
        Objects.requireNonNull(copyReceivedOn, "copyReceivedOn");
    }

    boolean remediesOmitted() {
        return Boolean.FALSE.equals(remediesTold);
    }
}
