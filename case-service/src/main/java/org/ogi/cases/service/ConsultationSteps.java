package org.ogi.cases.service;

import static org.ogi.cases.service.StepContext.blank;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.Consultation;
import org.ogi.cases.domain.ConsultationOutcome;
import org.ogi.cases.persistence.ConsultationEntity;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;
import org.ogi.law.ConsultationKind;
import org.ogi.law.ReplyRegime;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;

/** Third-party (Art. 32) and other-agency (Art. 34) consultations; the reply clock stops while one is open. */
@ApplicationScoped
public class ConsultationSteps {

    private final StepExecutor executor;

    ConsultationSteps(StepExecutor executor) {
        this.executor = executor;
    }

    /** The consultation's id and the case after it was started. */
    public record Started(String consultationId, CaseSnapshot snapshot) {}

    /** @param letterReceivedOn when the party received the letter, if known */
    public Uni<Started> start(
            CaseCommand command,
            Staff staff,
            ConsultationKind kind,
            String party,
            LocalDate letterSentOn,
            LocalDate letterReceivedOn) {
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
                    consultation.kind = kind;
                    consultation.party = party.strip();
                    consultation.letterSentOn = letterSentOn;
                    consultation.letterReceivedOn = letterReceivedOn;
                    consultation.startedBy = staff.userId();
                    return step.announce(
                                    Events.CASE_CONSULTATION_STARTED,
                                    new CaseEvents.ConsultationStarted(
                                            step.transitioned(letterSentOn),
                                            id,
                                            kind.name(),
                                            consultation.party,
                                            letterSentOn,
                                            letterReceivedOn))
                            .because(kind + " " + consultation.party)
                            .creating(consultation);
                })
                .map(snapshot -> new Started(id, snapshot));
    }

    /** Arts. 32, 34: the day the consulted party received the letter; its 15 working days run from it. */
    public Uni<CaseSnapshot> recordLetterReceipt(
            CaseCommand command, Staff staff, String consultationId, LocalDate letterReceivedOn) {
        return executor.run(command, staff, CaseAction.RECORD_CONSULTATION_LETTER_RECEIPT, step -> {
            ConsultationEntity entity = find(step, consultationId);
            Consultation consultation = step.loaded().consultation(entity);
            step.reject(consultation.letterReceiptProblems(letterReceivedOn, step.today()));
            entity.letterReceivedOn = letterReceivedOn;
            return step.announce(
                            Events.CASE_CONSULTATION_LETTER_RECEIVED,
                            new CaseEvents.ConsultationLetterReceived(
                                    step.transitioned(letterReceivedOn),
                                    entity.id,
                                    entity.kind.name(),
                                    letterReceivedOn))
                    .because(entity.party + " received the letter on " + letterReceivedOn);
        });
    }

    /**
     * An answer, or the party's silence once its 15 working days from receipt have ended: NO_ANSWER for a third
     * party (Art. 32), DEEMED_CONSENT for another agency (Art. 34).
     *
     * @param answeredOn required for CONSENT and OBJECTION; @param grounds required for an OBJECTION
     */
    public Uni<CaseSnapshot> answer(
            CaseCommand command,
            Staff staff,
            String consultationId,
            ConsultationOutcome outcome,
            LocalDate answeredOn,
            String grounds) {
        return executor.run(command, staff, CaseAction.RECORD_CONSULTATION_ANSWER, step -> {
            ConsultationEntity entity = find(step, consultationId);
            Consultation consultation = step.loaded().consultation(entity);
            if (!consultation.isOpen()) {
                throw new ProblemException(new Problem(
                        ProblemKind.CONFLICT,
                        "consultation " + consultationId + " was already answered: " + entity.outcome));
            }
            ReplyRegime regime = ReplyRegime.forReceivedDate(step.caseFile().receivedDate);
            step.reject(consultation.answerProblems(outcome, answeredOn, grounds, regime, step.today()));
            entity.outcome = outcome;
            entity.answeredOn = answeredOn;
            entity.grounds = grounds;
            entity.answeredBy = staff.userId();
            LocalDate occurred = answeredOn != null ? answeredOn : step.today();
            return step.announce(
                            Events.CASE_CONSULTATION_ENDED,
                            new CaseEvents.ConsultationEnded(
                                    step.transitioned(occurred),
                                    entity.id,
                                    entity.kind.name(),
                                    entity.outcome.name(),
                                    answeredOn,
                                    consultation.answerDue()))
                    .because(outcome + (blank(grounds) ? "" : ": " + grounds));
        });
    }

    /**
     * Art. 32: before disclosing over a third party's reasoned objection in the public interest, the agency tells
     * the third party in writing what it will disclose and why.
     */
    public Uni<CaseSnapshot> notifyThirdParty(
            CaseCommand command,
            Staff staff,
            String consultationId,
            LocalDate notifiedOn,
            String informationToDisclose,
            String publicInterestReasons) {
        return executor.run(command, staff, CaseAction.NOTIFY_THIRD_PARTY, step -> {
            ConsultationEntity entity = find(step, consultationId);
            step.reject(step.loaded()
                    .consultation(entity)
                    .disclosureNoticeProblems(notifiedOn, informationToDisclose, publicInterestReasons, step.today()));
            entity.thirdPartyNotifiedOn = notifiedOn;
            entity.thirdPartyNoticeInfo = informationToDisclose.strip();
            entity.thirdPartyNoticeReasons = publicInterestReasons.strip();
            return step.announce(
                            Events.CASE_THIRD_PARTY_NOTIFIED,
                            new CaseEvents.ThirdPartyNotified(
                                    step.transitioned(notifiedOn),
                                    entity.id,
                                    entity.party,
                                    notifiedOn,
                                    entity.thirdPartyNoticeInfo,
                                    entity.thirdPartyNoticeReasons))
                    .because(entity.party + " told on " + notifiedOn);
        });
    }

    private static ConsultationEntity find(StepContext step, String consultationId) {
        return step.loaded().consultations().stream()
                .filter(c -> c.id.equals(consultationId))
                .findFirst()
                .orElseThrow(() -> ProblemException.notFound("consultation " + consultationId + " not found"));
    }
}
