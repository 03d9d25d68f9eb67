package org.ogi.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.FeeSchedule;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.problem.ProblemException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The 信息处理费 (§1.13): the fee notice and its payment. */
@ApplicationScoped
public class FeeSteps {

    private final StepExecutor executor;

    FeeSteps(StepExecutor executor) {
        this.executor = executor;
    }

    /** @param units the request's number in the applicant's month (PER_REQUEST) or the pages (PER_PAGE) */
    public Uni<CaseSnapshot> issueNotice(CaseCommand command, Staff staff, FeeSchedule mode, int units) {
        return executor.run(command, staff, CaseAction.ISSUE_FEE_NOTICE, step -> {
            BigDecimal amount = mode.amount(units);
            if (amount.signum() == 0) {
                throw ProblemException.invalid("units", units + " " + mode
                        + " is within the free allowance: there is no fee to charge");
            }
            step.caseFile().feeId = UUID.randomUUID().toString();
            step.caseFile().feeMode = mode.name();
            step.caseFile().feeUnits = units;
            step.caseFile().feeAmount = amount;
            step.caseFile().feeNoticeDate = step.today();
            return step.announce(Events.CASE_FEE_NOTICE_ISSUED, new CaseEvents.FeeNoticeIssued(
                            step.transitioned(step.today()), step.caseFile().feeId, mode.name(), units, amount,
                            step.today()))
                    .because(mode + " " + units + ": " + amount.toPlainString() + " 元");
        });
    }

    public Uni<CaseSnapshot> recordPayment(CaseCommand command, Staff staff, LocalDate paidOn) {
        return executor.run(command, staff, CaseAction.RECORD_FEE_PAYMENT, step -> {
            step.notAfterToday("paidOn", paidOn);
            if (paidOn.isBefore(step.caseFile().feeNoticeDate)) {
                throw ProblemException.invalid("paidOn", "must not be before the fee notice");
            }
            step.caseFile().feePaidOn = paidOn;
            return step.announce(Events.CASE_FEE_PAID, new CaseEvents.FeePaid(step.transitioned(paidOn),
                    step.caseFile().feeId, paidOn));
        });
    }
}
