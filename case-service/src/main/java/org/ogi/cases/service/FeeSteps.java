package org.ogi.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.FeeSchedule;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.problem.ProblemException;

/** The 信息处理费 (§1.13): the fee notice and its payment. */
@ApplicationScoped
public class FeeSteps {

    private final StepExecutor executor;

    FeeSteps(StepExecutor executor) {
        this.executor = executor;
    }

    /**
     * The fee notice, within the reply period (the workflow checks the date). Per request, the units are the
     * applicant's requests in the calendar month as intake counted them (fee measures Art. 4); per page, the pages.
     *
     * @param pages for PER_PAGE only
     */
    public Uni<CaseSnapshot> issueNotice(CaseCommand command, Staff staff, FeeSchedule mode, Integer pages) {
        return executor.run(command, staff, CaseAction.ISSUE_FEE_NOTICE, step -> {
            CaseFileEntity c = step.caseFile();
            mode.unitsProblem(pages, c.applicantRequestsInMonth).ifPresent(problem -> step.reject(List.of(problem)));
            int units = mode.units(pages, c.applicantRequestsInMonth);
            BigDecimal amount = mode.amount(units);
            if (amount.signum() == 0) {
                throw ProblemException.invalid(
                        mode == FeeSchedule.PER_PAGE ? "pages" : "mode",
                        units + " " + mode + " is within the free allowance: there is no fee to charge");
            }
            c.feeId = UUID.randomUUID().toString();
            c.feeMode = mode;
            c.feeUnits = units;
            c.feeAmount = amount;
            c.feeNoticeDate = step.today();
            return step.announce(
                            Events.CASE_FEE_NOTICE_ISSUED,
                            new CaseEvents.FeeNoticeIssued(
                                    step.transitioned(step.today()), c.feeId, mode.name(), units, amount, step.today()))
                    .because(mode + " " + units + ": " + amount.toPlainString() + " 元");
        });
    }

    /** The applicant received the notice on {@code receivedOn}; the 20 working days to pay run from the next day. */
    public Uni<CaseSnapshot> recordNoticeReceipt(CaseCommand command, Staff staff, LocalDate receivedOn) {
        return executor.run(command, staff, CaseAction.RECORD_FEE_NOTICE_RECEIPT, step -> {
            CaseFileEntity c = step.caseFile();
            step.notAfterToday("receivedOn", receivedOn);
            if (receivedOn.isBefore(c.feeNoticeDate)) {
                throw ProblemException.invalid("receivedOn", "must not be before the notice of " + c.feeNoticeDate);
            }
            c.feeNoticeReceivedOn = receivedOn;
            return step.announce(
                            Events.CASE_FEE_NOTICE_RECEIVED,
                            new CaseEvents.FeeNoticeReceived(step.transitioned(receivedOn), c.feeId, receivedOn))
                    .because("received on " + receivedOn);
        });
    }

    public Uni<CaseSnapshot> recordPayment(CaseCommand command, Staff staff, LocalDate paidOn) {
        return executor.run(command, staff, CaseAction.RECORD_FEE_PAYMENT, step -> {
            step.notAfterToday("paidOn", paidOn);
            if (paidOn.isBefore(step.caseFile().feeNoticeDate)) {
                throw ProblemException.invalid("paidOn", "must not be before the fee notice");
            }
            step.caseFile().feePaidOn = paidOn;
            return step.announce(
                    Events.CASE_FEE_PAID,
                    new CaseEvents.FeePaid(step.transitioned(paidOn), step.caseFile().feeId, paidOn));
        });
    }
}
