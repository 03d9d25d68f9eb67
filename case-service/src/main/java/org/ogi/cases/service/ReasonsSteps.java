package org.ogi.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.ReasonsDecision;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;

/**
 * Art. 35: requests clearly beyond a reasonable number or frequency. The agency asks the applicant for reasons and
 * decides on them; only reasons found not reasonable allow the reply 「无正当理由大量反复申请」, and a longer reply date
 * set by the head of the OGI office is announced so that deadline-service's reply clock follows it.
 */
@ApplicationScoped
public class ReasonsSteps {

    private final StepExecutor executor;

    ReasonsSteps(StepExecutor executor) {
        this.executor = executor;
    }

    /** @param volumeObserved what exceeds the reasonable range: how many requests, how often */
    public Uni<CaseSnapshot> requestReasons(CaseCommand command, Staff staff, String volumeObserved) {
        return executor.run(command, staff, CaseAction.REQUEST_REASONS, step -> {
            CaseFileEntity c = step.caseFile();
            c.reasonsRequestedOn = step.today();
            c.reasonsVolumeObserved = volumeObserved.strip();
            return step.announce(
                            Events.CASE_REASONS_REQUESTED,
                            new CaseEvents.ReasonsRequested(
                                    step.transitioned(step.today()), step.today(), c.reasonsVolumeObserved))
                    .because(c.reasonsVolumeObserved);
        });
    }

    /** The decision of the head of the OGI office (the caller). */
    public Uni<CaseSnapshot> decide(CaseCommand command, Staff staff, ReasonsDecision decision) {
        return executor.run(command, staff, CaseAction.DECIDE_ON_REASONS, step -> {
            CaseFileEntity c = step.caseFile();
            step.reject(decision.problems(c.reasonsRequestedOn, step.loaded().replyDue(), step.today()));
            c.reasonsOutcome = decision.outcome();
            c.reasonsReceivedOn = decision.reasonsReceivedOn();
            c.reasonsAssessment = decision.assessment().strip();
            c.reasonsReplyDue = decision.replyDueDate();
            c.reasonsSetBy = decision.replyDueDate() == null ? null : staff.userId();
            c.reasonsToldOn = decision.applicantToldOn();
            return step.announce(
                            Events.CASE_EXCESSIVE_REQUESTS_DECIDED,
                            new CaseEvents.ExcessiveRequestsDecided(
                                    step.transitioned(step.today()),
                                    decision.outcome().name(),
                                    step.today(),
                                    decision.reasonsReceivedOn(),
                                    c.reasonsAssessment,
                                    decision.replyDueDate(),
                                    c.reasonsSetBy,
                                    decision.applicantToldOn()))
                    .because(decision.outcome()
                            + (decision.replyDueDate() == null ? "" : ", reply due " + decision.replyDueDate()) + ": "
                            + c.reasonsAssessment);
        });
    }
}
