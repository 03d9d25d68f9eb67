package org.ogi.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.ConsultationOutcome;
import org.ogi.cases.persistence.ConsultationEntity;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.law.ConsultationKind;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;

import java.time.LocalDate;
import java.util.UUID;

import static org.ogi.cases.service.StepContext.blank;

/** Third-party (Art. 32) and other-agency (Art. 34) consultations; the reply clock stops while one is open. */
@ApplicationScoped
public class ConsultationSteps {

    private final StepExecutor executor;

    ConsultationSteps(StepExecutor executor) {
        this.executor = executor;
    }

    /** The consultation's id and the case after it was started. */
    public record Started(String consultationId, CaseSnapshot snapshot) {
    }

    /** @param letterReceivedOn when the party received the letter, if known */
    public Uni<Started> start(CaseCommand command, Staff staff, ConsultationKind kind, String party,
            LocalDate letterSentOn, LocalDate letterReceivedOn) {
        String id = UUID.randomUUID().toString();
        return executor.run(command, staff, CaseAction.START_CONSULTATION, step -> {
            step.notAfterToday("letterSentOn", letterSentOn);
            if (letterReceivedOn != null) {
                step.notAfterToday("letterReceivedOn", letterReceivedOn);
                if (letterReceivedOn.isBefore(letterSentOn)) {
                    throw ProblemException.invalid("letterReceivedOn", "must not be before letterSentOn");
                }
            }
            ConsultationEntity consultation = new ConsultationEntity();
            consultation.id = id;
            consultation.trackingNumber = step.caseFile().trackingNumber;
            consultation.kind = kind.name();
            consultation.party = party.strip();
            consultation.letterSentOn = letterSentOn;
            consultation.letterReceivedOn = letterReceivedOn;
            consultation.startedBy = staff.userId();
            return step.announce(Events.CASE_CONSULTATION_STARTED, new CaseEvents.ConsultationStarted(
                            step.transitioned(letterSentOn), id, kind.name(), consultation.party, letterSentOn,
                            letterReceivedOn))
                    .because(kind + " " + consultation.party)
                    .creating(consultation);
        }).map(snapshot -> new Started(id, snapshot));
    }

    /** @param answeredOn required unless NO_ANSWER; @param grounds required for an OBJECTION */
    public Uni<CaseSnapshot> answer(CaseCommand command, Staff staff, String consultationId,
            ConsultationOutcome outcome, LocalDate answeredOn, String grounds) {
        return executor.run(command, staff, CaseAction.RECORD_CONSULTATION_ANSWER, step -> {
            ConsultationEntity consultation = step.loaded().consultations().stream()
                    .filter(c -> c.id.equals(consultationId)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("consultation " + consultationId + " not found"));
            if (consultation.outcome != null) {
                throw new ProblemException(new Problem(ProblemKind.CONFLICT,
                        "consultation " + consultationId + " was already answered: " + consultation.outcome));
            }
            if (outcome != ConsultationOutcome.NO_ANSWER) {
                if (answeredOn == null) {
                    throw ProblemException.invalid("answeredOn", "is required for " + outcome);
                }
                step.notAfterToday("answeredOn", answeredOn);
                if (answeredOn.isBefore(consultation.letterSentOn)) {
                    throw ProblemException.invalid("answeredOn", "must not be before the letter was sent");
                }
            }
            if (outcome == ConsultationOutcome.OBJECTION && blank(grounds)) {
                throw ProblemException.invalid("grounds", "an objection states its grounds (Art. 32)");
            }
            consultation.outcome = outcome.name();
            consultation.answeredOn = outcome == ConsultationOutcome.NO_ANSWER ? null : answeredOn;
            consultation.grounds = grounds;
            consultation.answeredBy = staff.userId();
            LocalDate occurred = consultation.answeredOn != null ? consultation.answeredOn : step.today();
            return step.announce(Events.CASE_CONSULTATION_ENDED, new CaseEvents.ConsultationEnded(
                            step.transitioned(occurred), consultation.id, consultation.kind, consultation.outcome,
                            consultation.answeredOn))
                    .because(outcome + (blank(grounds) ? "" : ": " + grounds));
        });
    }
}
