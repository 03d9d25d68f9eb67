package org.ogi.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.CaseWorkflow;
import org.ogi.cases.domain.DeliveryMethod;
import org.ogi.cases.domain.ReplyType;
import org.ogi.cases.persistence.CaseDraftEntity;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;

/** The reply period's extension, the reply, its service (送达), closing, and withdrawal before the reply. */
@ApplicationScoped
public class ReplySteps {

    private final StepExecutor executor;
    private final Clock clock;

    ReplySteps(StepExecutor executor, Clock clock) {
        this.executor = executor;
        this.clock = clock;
    }

    /** Art. 33 ¶2: approved by the head of the OGI office (the caller), once, within the regime's maximum. */
    public Uni<CaseSnapshot> extend(CaseCommand command, Staff staff, int workingDays, String reason) {
        return executor.run(command, staff, CaseAction.EXTEND, step -> {
            int max = CaseWorkflow.maxExtensionWorkingDays(step.caseFile().receivedDate);
            if (workingDays > max) {
                throw ProblemException.invalid("workingDays", "an extension is at most " + max
                        + " working days (" + (max == 20 ? "OGI Reg 2019 Art. 33" : "OGI Reg 2008 Art. 24") + ")");
            }
            step.caseFile().extendedWorkingDays = workingDays;
            step.caseFile().extensionReason = reason;
            step.caseFile().extensionApprovedBy = staff.userId();
            return step.announce(Events.CASE_EXTENDED, new CaseEvents.Extended(step.transitioned(step.today()),
                    workingDays, reason, staff.userId())).because(workingDays + " working days: " + reason);
        });
    }

    /** @param repliedOn null for today */
    public Uni<CaseSnapshot> reply(CaseCommand command, Staff staff, LocalDate repliedOn,
            DeliveryMethod deliveryMethod) {
        return executor.run(command, staff, CaseAction.REPLY, step -> {
            LocalDate replied = repliedOn != null ? repliedOn : step.today();
            step.notAfterToday("repliedOn", replied);
            CaseDraftEntity draft = step.loaded().draft();
            if (replied.isBefore(draft.approvedAt.atZoneSameInstant(clock.getZone()).toLocalDate())) {
                throw ProblemException.invalid("repliedOn", "must not be before the approval");
            }
            ReplyType type = ReplyType.valueOf(draft.replyType);
            CaseFileEntity c = step.caseFile();
            c.replyType = type.name();
            c.repliedOn = replied;
            c.replyDeliveryMethod = deliveryMethod.name();
            return step.announce(Events.CASE_REPLIED, new CaseEvents.Replied(step.transitioned(replied), type.name(),
                            type.group().name(), replied, draft.legalBasis, deliveryMethod.name(),
                            c.applicantCategory))
                    .because(type.name() + " by " + deliveryMethod);
        });
    }

    /** @param proof postal tracking number and signed date, e-mail address and time sent, or pickup signature */
    public Uni<CaseSnapshot> recordDelivery(CaseCommand command, Staff staff, DeliveryMethod method,
            LocalDate deliveredOn, String proof) {
        return executor.run(command, staff, CaseAction.RECORD_DELIVERY, step -> {
            step.notAfterToday("deliveredOn", deliveredOn);
            CaseFileEntity c = step.caseFile();
            if (deliveredOn.isBefore(c.repliedOn)) {
                throw ProblemException.invalid("deliveredOn", "must not be before the reply of " + c.repliedOn);
            }
            c.deliveryMethod = method.name();
            c.deliveredOn = deliveredOn;
            c.deliveryProof = proof.strip();
            return step.announce(Events.CASE_DELIVERED, new CaseEvents.Delivered(step.transitioned(deliveredOn),
                    method.name(), deliveredOn, c.deliveryProof)).because(method + ": " + c.deliveryProof);
        });
    }

    public Uni<CaseSnapshot> close(CaseCommand command, Staff staff) {
        return executor.run(command, staff, CaseAction.CLOSE,
                step -> step.announce(Events.CASE_CLOSED, new CaseEvents.Closed(step.transitioned(step.today()))));
    }

    public Uni<CaseSnapshot> withdraw(CaseCommand command, Staff staff, String reason) {
        return executor.run(command, staff, CaseAction.WITHDRAW, step -> step.announce(Events.CASE_WITHDRAWN,
                new CaseEvents.Withdrawn(step.transitioned(step.today()), reason)).because(reason));
    }
}
