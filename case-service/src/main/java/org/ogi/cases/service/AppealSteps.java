package org.ogi.cases.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.CaseWorkflow;
import org.ogi.cases.domain.StaffRole;
import org.ogi.cases.persistence.CaseAppealEntity;
import org.ogi.cases.persistence.CaseDraftEntity;
import org.ogi.cases.persistence.CaseEarlierReplyEntity;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.cases.persistence.CaseRepository;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;

/**
 * What appeals do to the cases they concern (issue 13 item 7): the case lists its appeals, and a decision ordering a
 * new reply reopens it. Runs inside the consuming transaction; cases of another agency or unknown here are skipped.
 */
@ApplicationScoped
public class AppealSteps {

    private static final Logger LOG = Logger.getLogger(AppealSteps.class);

    private final CaseRepository cases;
    private final StepExecutor executor;

    AppealSteps(CaseRepository cases, StepExecutor executor) {
        this.cases = cases;
        this.executor = executor;
    }

    public Uni<Void> filed(AppealEvents.Filed filed) {
        return eachCase(
                filed.trackingNumbers(),
                filed.agency(),
                caseFile -> appeal(caseFile, filed.appealNumber(), filed.kind())
                        .invoke(appeal -> appeal.filedOn = filed.filedOn())
                        .replaceWithVoid());
    }

    /**
     * Records the outcome on each case. A decision ordering a new reply (责令重新答复, ARL 2023 Art. 64; ALL Art. 70)
     * makes its REMAND_REPLY clock the case's reply date, and reopens an answered case in the name of the legal
     * officer who recorded the decision.
     */
    public Uni<Void> decided(AppealEvents.Decided decided) {
        return eachCase(
                decided.trackingNumbers(),
                decided.agency(),
                caseFile -> appeal(caseFile, decided.appealNumber(), decided.kind())
                        .chain(appeal -> {
                            appeal.outcome = decided.outcome();
                            appeal.decidedOn = decided.decidedOn();
                            appeal.documentNumber = decided.documentNumber();
                            if (!decided.replyAgain()) {
                                return Uni.createFrom().voidItem();
                            }
                            appeal.reopened = true;
                            caseFile.remandAppeal = decided.appealNumber();
                            return CaseWorkflow.reopensOnRemand(caseFile.state)
                                    ? reopen(caseFile, decided)
                                    : Uni.createFrom().voidItem();
                        }));
    }

    private Uni<Void> reopen(CaseFileEntity caseFile, AppealEvents.Decided decided) {
        Staff legal = new Staff(
                decided.agency(), decided.recordedBy(), decided.recordedBy(), Set.of(StaffRole.LEGAL_OFFICER));
        CaseCommand command = new CaseCommand(caseFile.trackingNumber, null, null, null);
        return executor.run(command, legal, CaseAction.REOPEN, step -> {
                    LocalDate effective = decided.servedOn() != null ? decided.servedOn() : decided.decidedOn();
                    StepOutcome outcome = step.announce(
                                    Events.CASE_REOPENED,
                                    new CaseEvents.Reopened(
                                            step.transitioned(effective),
                                            decided.appealNumber(),
                                            decided.outcome(),
                                            decided.documentNumber(),
                                            decided.decidedOn(),
                                            decided.servedOn(),
                                            decided.replyAgainBy(),
                                            decided.replyAgainWorkingDays()))
                            .because(decided.outcome() + " " + decided.documentNumber() + " (" + decided.appealNumber()
                                    + ")");
                    CaseDraftEntity draft = step.loaded().draft();
                    if (draft == null) {
                        return outcome;
                    }
                    CaseEarlierReplyEntity earlier = earlierReply(step.caseFile(), draft, decided.appealNumber());
                    earlier.recordedAt = step.now();
                    // The new reply is approved anew: the draft is the starting point, no longer frozen.
                    draft.approvedBy = null;
                    draft.approvedAt = null;
                    draft.letterSha256 = null;
                    draft.sentLetterText = null;
                    draft.sentLetterSha256 = null;
                    return outcome.creating(earlier);
                })
                .replaceWithVoid();
    }

    private static CaseEarlierReplyEntity earlierReply(CaseFileEntity c, CaseDraftEntity draft, String appeal) {
        CaseEarlierReplyEntity earlier = new CaseEarlierReplyEntity();
        earlier.trackingNumber = c.trackingNumber;
        earlier.reopenedByAppeal = appeal;
        earlier.replyType = c.replyType;
        earlier.legalBasis = draft.legalBasis;
        earlier.reasons = draft.reasons;
        earlier.repliedOn = c.repliedOn;
        earlier.replyDeliveryMethod = c.replyDeliveryMethod;
        earlier.deliveredOn = c.deliveredOn;
        earlier.deliveryProof = c.deliveryProof;
        earlier.letterText = draft.letterText;
        earlier.letterDate = draft.letterDate;
        earlier.letterSha256 = draft.letterSha256;
        earlier.approvedBy = draft.approvedBy;
        earlier.approvedAt = draft.approvedAt;
        earlier.sentLetterText = draft.sentLetterText;
        earlier.sentLetterSha256 = draft.sentLetterSha256;
        return earlier;
    }

    private Uni<CaseAppealEntity> appeal(CaseFileEntity caseFile, String appealNumber, String kind) {
        return CaseAppealEntity.<CaseAppealEntity>find(
                        "trackingNumber = ?1 and appealNumber = ?2", caseFile.trackingNumber, appealNumber)
                .firstResult()
                .chain(existing -> {
                    if (existing != null) {
                        return Uni.createFrom().item(existing);
                    }
                    CaseAppealEntity appeal = new CaseAppealEntity();
                    appeal.trackingNumber = caseFile.trackingNumber;
                    appeal.appealNumber = appealNumber;
                    appeal.kind = kind;
                    return appeal.<CaseAppealEntity>persist();
                });
    }

    private Uni<Void> eachCase(List<String> trackingNumbers, String agency, Function<CaseFileEntity, Uni<Void>> work) {
        return Multi.createFrom()
                .iterable(trackingNumbers)
                .onItem()
                .transformToUniAndConcatenate(tn -> cases.find(tn).chain(caseFile -> {
                    if (caseFile == null || !caseFile.agency.equals(agency)) {
                        LOG.warnf("appeal names case %s, which agency %s does not have here", tn, agency);
                        return Uni.createFrom().voidItem();
                    }
                    return work.apply(caseFile);
                }))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
