package org.ogi.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.DeliveryMethod;
import org.ogi.cases.domain.RecordCorrectionDecision;
import org.ogi.cases.domain.ReplyLetter;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;

/** Art. 41: the agency's check of a request to correct a record about the applicant, and its answer. */
@ApplicationScoped
public class RecordCorrectionSteps {

    private final StepExecutor executor;

    RecordCorrectionSteps(StepExecutor executor) {
        this.executor = executor;
    }

    /** The decision and its letter go out today by {@code deliveryMethod}; delivery is recorded as for replies. */
    public Uni<CaseSnapshot> decide(
            CaseCommand command, Staff staff, RecordCorrectionDecision decision, DeliveryMethod deliveryMethod) {
        return executor.run(command, staff, CaseAction.DECIDE_RECORD_CORRECTION, step -> {
            step.reject(decision.problems());
            CaseFileEntity c = step.caseFile();
            String letter = ReplyLetter.recordCorrection(
                    decision, DraftingSteps.letterFacts(c, c.recordToCorrect, step.today()));
            c.correctionOutcome = decision.outcome();
            c.correctionCheckFindings = decision.checkFindings().strip();
            c.correctionCompetentAgency = decision.competentAgency();
            c.correctionAgencyContact = decision.competentAgencyContact();
            c.correctionReasons = decision.reasons();
            c.correctionLetterText = letter;
            c.repliedOn = step.today();
            c.replyDeliveryMethod = deliveryMethod;
            return step.announce(
                            Events.CASE_RECORD_CORRECTION_DECIDED,
                            new CaseEvents.RecordCorrectionDecided(
                                    step.transitioned(step.today()),
                                    decision.outcome().name(),
                                    step.today(),
                                    c.correctionCheckFindings,
                                    decision.competentAgency(),
                                    decision.competentAgencyContact(),
                                    decision.reasons(),
                                    deliveryMethod.name()))
                    .because(decision.outcome() + " (Art. 41), letter sha256 " + ReplyLetter.sha256(letter));
        });
    }
}
