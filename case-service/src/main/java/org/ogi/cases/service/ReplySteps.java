package org.ogi.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.jboss.logging.Logger;
import org.ogi.cases.config.CaseConfig;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.CaseState;
import org.ogi.cases.domain.CaseWorkflow;
import org.ogi.cases.domain.DeliveryMethod;
import org.ogi.cases.domain.ReplyContent;
import org.ogi.cases.domain.ReplyLetter;
import org.ogi.cases.domain.ReplyType;
import org.ogi.cases.domain.StaffRole;
import org.ogi.cases.domain.Withdrawal;
import org.ogi.cases.persistence.CaseDraftEntity;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.cases.persistence.CaseRepository;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.NotificationEvents;
import org.ogi.platform.problem.ProblemException;

/** The reply period's extension, the reply, its service (送达), closing, and withdrawal before the reply. */
@ApplicationScoped
public class ReplySteps {

    private static final Logger LOG = Logger.getLogger(ReplySteps.class);

    private final StepExecutor executor;
    private final CaseRepository cases;
    private final CaseConfig config;
    private final Clock clock;

    ReplySteps(StepExecutor executor, CaseRepository cases, CaseConfig config, Clock clock) {
        this.executor = executor;
        this.cases = cases;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Art. 33 ¶2: approved by the head of the OGI office (the caller), once, within the regime's maximum, before the
     * reply is due, and told to the applicant on {@code applicantToldOn}, also before the reply is due.
     */
    public Uni<CaseSnapshot> extend(
            CaseCommand command, Staff staff, int workingDays, String reason, LocalDate applicantToldOn) {
        return executor.run(command, staff, CaseAction.EXTEND, step -> {
            int max = CaseWorkflow.maxExtensionWorkingDays(step.caseFile().receivedDate);
            if (workingDays > max) {
                throw ProblemException.invalid(
                        "workingDays",
                        "an extension is at most " + max + " working days ("
                                + (max == 20 ? "OGI Reg 2019 Art. 33" : "OGI Reg 2008 Art. 24") + ")");
            }
            step.notAfterToday("applicantToldOn", applicantToldOn);
            LocalDate due = step.loaded().replyDue();
            if (applicantToldOn.isAfter(due) || applicantToldOn.isBefore(step.caseFile().receivedDate)) {
                throw ProblemException.invalid(
                        "applicantToldOn",
                        "the applicant is told of the extension within " + "the reply period, "
                                + step.caseFile().receivedDate + " to " + due + " (Art. 33 ¶2)");
            }
            step.caseFile().extendedWorkingDays = workingDays;
            step.caseFile().extensionReason = reason;
            step.caseFile().extensionApprovedBy = staff.userId();
            step.caseFile().extensionToldOn = applicantToldOn;
            return step.announce(
                            Events.CASE_EXTENDED,
                            new CaseEvents.Extended(
                                    step.transitioned(step.today()),
                                    workingDays,
                                    reason,
                                    staff.userId(),
                                    applicantToldOn))
                    .because(workingDays + " working days, told on " + applicantToldOn + ": " + reason);
        });
    }

    /** @param repliedOn null for today */
    public Uni<CaseSnapshot> reply(
            CaseCommand command, Staff staff, LocalDate repliedOn, DeliveryMethod deliveryMethod) {
        return executor.run(command, staff, CaseAction.REPLY, step -> {
            LocalDate replied = repliedOn != null ? repliedOn : step.today();
            step.notAfterToday("repliedOn", replied);
            CaseDraftEntity draft = step.loaded().draft();
            if (replied.isBefore(
                    draft.approvedAt.atZoneSameInstant(clock.getZone()).toLocalDate())) {
                throw ProblemException.invalid("repliedOn", "must not be before the approval");
            }
            ReplyContent content = draft.content();
            String dated = dateForReply(draft, content, replied);
            ReplyType type = content.type();
            CaseFileEntity c = step.caseFile();
            c.replyType = type;
            c.repliedOn = replied;
            c.replyDeliveryMethod = deliveryMethod;
            return step.announce(
                            Events.CASE_REPLIED,
                            new CaseEvents.Replied(
                                    step.transitioned(replied),
                                    type.name(),
                                    type.group().name(),
                                    replied,
                                    draft.legalBasis,
                                    deliveryMethod.name(),
                                    c.applicantCategory,
                                    draft.repeatOf,
                                    ReplyLetter.statesRemedies(content, draft.sentLetterText, replied),
                                    type.label(),
                                    draft.sentLetterText,
                                    draft.sentLetterSha256))
                    .because(type.name() + " by " + deliveryMethod + dated);
        });
    }

    /** @param proof postal tracking number and signed date, e-mail address and time sent, or pickup signature */
    public Uni<CaseSnapshot> recordDelivery(
            CaseCommand command, Staff staff, DeliveryMethod method, LocalDate deliveredOn, String proof) {
        return executor.run(command, staff, CaseAction.RECORD_DELIVERY, step -> {
            step.notAfterToday("deliveredOn", deliveredOn);
            CaseFileEntity c = step.caseFile();
            if (deliveredOn.isBefore(c.repliedOn)) {
                throw ProblemException.invalid("deliveredOn", "must not be before the reply of " + c.repliedOn);
            }
            c.deliveryMethod = method;
            c.deliveredOn = deliveredOn;
            c.deliveryProof = proof.strip();
            return step.announce(
                            Events.CASE_DELIVERED,
                            new CaseEvents.Delivered(
                                    step.transitioned(deliveredOn), method.name(), deliveredOn, c.deliveryProof))
                    .because(method + ": " + c.deliveryProof);
        });
    }

    /**
     * notification-service's proof of service (送达) of the reply: the e-mail sent, the SMS accepted (it points to
     * the reply in the portal: ONLINE), the registered letter signed for. It records the delivery as staff would,
     * unless staff recorded it first; the remedies' periods run from this date.
     */
    public Uni<Void> servedByNotification(NotificationEvents.Served served) {
        if (!"REPLY".equals(served.kind())) {
            return Uni.createFrom().voidItem();
        }
        DeliveryMethod method = switch (served.channel()) {
            case "EMAIL" -> DeliveryMethod.EMAIL;
            case "POST" -> DeliveryMethod.POST;
            default -> DeliveryMethod.ONLINE;
        };
        return cases.find(served.trackingNumber()).chain(caseFile -> {
            if (caseFile == null || caseFile.state != CaseState.REPLIED) {
                return Uni.createFrom().voidItem();
            }
            Staff notifier =
                    new Staff(caseFile.agency, "notification-service", "通知服务（送达回证）", Set.of(StaffRole.CASE_OFFICER));
            return recordDelivery(
                            new CaseCommand(served.trackingNumber(), null, null, null),
                            notifier,
                            method,
                            served.servedOn(),
                            served.proof())
                    .replaceWithVoid()
                    // A proof the workflow refuses (e.g. dated before the reply) is left for staff to record.
                    .onFailure(ProblemException.class)
                    .recoverWithUni(refused -> {
                        LOG.warnf(
                                "proof of service of %s not recorded: %s",
                                served.trackingNumber(), refused.getMessage());
                        return Uni.createFrom().voidItem();
                    });
        });
    }

    public Uni<CaseSnapshot> close(CaseCommand command, Staff staff) {
        return executor.run(
                command,
                staff,
                CaseAction.CLOSE,
                step -> step.announce(Events.CASE_CLOSED, new CaseEvents.Closed(step.transitioned(step.today()))));
    }

    /**
     * The letter goes out dated the day of the reply, with the remedies of that day (ARL 2023 Art. 23(四) from
     * 2024-01-01), not those of the day it was drafted; the approved text stays frozen beside it.
     *
     * @return what the audit row adds about the letter sent
     */
    private static String dateForReply(CaseDraftEntity draft, ReplyContent content, LocalDate replied) {
        draft.sentLetterText = ReplyLetter.forReplyDate(draft.letterText, content, draft.letterDate, replied)
                .orElseThrow(() -> ProblemException.invalid(
                        "repliedOn",
                        "the approved letter is dated "
                                + draft.letterDate
                                + " and its edited date line or remedies cannot be brought to the day of "
                                + "the reply, " + replied + ": return it from approval and draft it again"));
        draft.sentLetterSha256 = ReplyLetter.sha256(draft.sentLetterText);
        return draft.letterDate.equals(replied)
                ? ""
                : "; letter approved for " + draft.letterDate + " sent dated " + replied + ", sha256 "
                        + draft.sentLetterSha256;
    }

    /** Staff record a withdrawal the applicant made on paper, in person or by phone, on {@code withdrawnOn}. */
    public Uni<CaseSnapshot> withdraw(CaseCommand command, Staff staff, LocalDate withdrawnOn, String reason) {
        return executor.run(
                command,
                staff,
                CaseAction.WITHDRAW,
                step -> withdrawal(
                        step, new Withdrawal(withdrawnOn != null ? withdrawnOn : step.today(), reason, false)));
    }

    /** The applicant withdraws their own request online; another's request is not found for them. */
    @WithTransaction
    public Uni<CaseSnapshot> withdrawByApplicant(CaseCommand command, String userId, String userName, String reason) {
        return cases.find(command.trackingNumber()).chain(found -> {
            CaseFileEntity caseFile = ApplicantCases.owned(found, command.trackingNumber(), userId);
            Staff applicant = new Staff(caseFile.agency, userId, userName, Set.of(StaffRole.APPLICANT));
            return executor.run(
                    command,
                    applicant,
                    CaseAction.WITHDRAW,
                    step -> withdrawal(step, new Withdrawal(step.today(), reason, true)));
        });
    }

    private StepOutcome withdrawal(StepContext step, Withdrawal withdrawal) {
        CaseFileEntity c = step.caseFile();
        step.reject(withdrawal.problems(c.receivedDate, step.today()));
        ReplyType row = config.withdrawnOutcome();
        c.withdrawnOn = withdrawal.withdrawnOn();
        c.withdrawalReason = withdrawal.reason();
        c.withdrawnByApplicant = withdrawal.byApplicant();
        c.replyType = row;
        return step.announce(
                        Events.CASE_WITHDRAWN,
                        new CaseEvents.Withdrawn(
                                step.transitioned(withdrawal.withdrawnOn()),
                                withdrawal.reason(),
                                withdrawal.withdrawnOn(),
                                row.name(),
                                row.group().name(),
                                withdrawal.byApplicant()))
                .because("withdrawn on " + withdrawal.withdrawnOn()
                        + (withdrawal.byApplicant() ? " by the applicant" : "")
                        + (withdrawal.reason() == null ? "" : ": " + withdrawal.reason()));
    }
}
