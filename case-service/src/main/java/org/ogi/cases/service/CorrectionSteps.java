package org.ogi.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.CaseState;
import org.ogi.cases.domain.ReplyType;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.problem.ProblemException;

/** Taking the request up: acceptance, the one correction (补正) and 视为放弃 when a period runs out. */
@ApplicationScoped
public class CorrectionSteps {

    private final StepExecutor executor;

    CorrectionSteps(StepExecutor executor) {
        this.executor = executor;
    }

    public Uni<CaseSnapshot> accept(CaseCommand command, Staff staff) {
        return executor.run(
                command,
                staff,
                CaseAction.ACCEPT,
                step -> step.announce(Events.CASE_ACCEPTED, new CaseEvents.Accepted(step.transitioned(step.today()))));
    }

    public Uni<CaseSnapshot> requestCorrection(
            CaseCommand command, Staff staff, List<String> itemsToCorrect, int periodWorkingDays) {
        return executor.run(command, staff, CaseAction.REQUEST_CORRECTION, step -> {
            List<String> items = itemsToCorrect.stream().map(String::strip).toList();
            step.caseFile().correctionItems = String.join("\n", items);
            step.caseFile().correctionPeriodWorkingDays = periodWorkingDays;
            step.caseFile().correctionNoticeDate = step.today();
            return step.announce(
                            Events.CASE_CORRECTION_REQUESTED,
                            new CaseEvents.CorrectionRequested(
                                    step.transitioned(step.today()), step.today(), items, periodWorkingDays))
                    .because("period " + periodWorkingDays + " working days");
        });
    }

    public Uni<CaseSnapshot> recordCorrection(CaseCommand command, Staff staff, LocalDate correctedReceivedDate) {
        return executor.run(command, staff, CaseAction.RECORD_CORRECTION, step -> {
            step.notAfterToday("correctedReceivedDate", correctedReceivedDate);
            if (correctedReceivedDate.isBefore(step.caseFile().correctionNoticeDate)) {
                throw ProblemException.invalid(
                        "correctedReceivedDate",
                        "must not be before the correction notice of " + step.caseFile().correctionNoticeDate);
            }
            step.caseFile().correctedReceivedDate = correctedReceivedDate;
            return step.announce(
                    Events.CASE_CORRECTED,
                    new CaseEvents.Corrected(step.transitioned(correctedReceivedDate), correctedReceivedDate));
        });
    }

    /** 视为放弃: the correction or fee period ran out; recorded as table 三 row 其他处理 1 or 2. */
    public Uni<CaseSnapshot> abandon(CaseCommand command, Staff staff) {
        return executor.run(command, staff, CaseAction.ABANDON, step -> {
            boolean fee = step.transition().from() == CaseState.FEE_NOTICE_RECEIVED;
            step.caseFile().replyType = fee ? ReplyType.OTHER_FEE_NOT_PAID : ReplyType.OTHER_CORRECTION_NOT_MADE;
            String reason = fee ? "FEE_NOT_PAID" : "CORRECTION_PERIOD_EXPIRED";
            return step.announce(
                            Events.CASE_ABANDONED, new CaseEvents.Abandoned(step.transitioned(step.today()), reason))
                    .because(reason);
        });
    }
}
