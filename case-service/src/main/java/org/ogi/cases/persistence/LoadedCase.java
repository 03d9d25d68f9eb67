package org.ogi.cases.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogi.cases.domain.CaseFacts;
import org.ogi.cases.domain.Consultation;
import org.ogi.cases.domain.ReplyContent;
import org.ogi.cases.domain.RequestKind;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.law.ConsultationKind;

/**
 * A case with what the workflow and the view need to know about it: the aggregate the repository loads.
 *
 * @param deadlines    the due dates deadline-service announced, by the text of their {@link ClockKey}
 * @param draft        null until a draft reply was saved
 * @param draftAuthors   everyone who wrote or submitted the draft, from the audit trail (four eyes)
 * @param appeals        the appeals brought against the case, oldest first
 * @param earlierReplies replies a decision ordered to be made again, oldest first
 */
public record LoadedCase(
        CaseFileEntity caseFile,
        Map<String, CaseDeadlineEntity> deadlines,
        List<ConsultationEntity> consultations,
        CaseDraftEntity draft,
        Set<String> draftAuthors,
        List<CaseAppealEntity> appeals,
        List<CaseEarlierReplyEntity> earlierReplies) {

    public CaseFacts facts(boolean feeNoticesEnabled) {
        List<Consultation> consulted = consultationFacts();
        ReplyContent draftContent = draft == null ? null : draft.content();
        return new CaseFacts(
                caseFile.state,
                caseFile.receivedDate,
                due(ClockKey.of(ClockKind.CORRECTION_NOTICE)),
                due(ClockKey.of(ClockKind.CORRECTION_PERIOD)),
                feePaymentDue(),
                caseFile.extendedWorkingDays != null,
                caseFile.feeId != null,
                feeNoticesEnabled,
                openConsultations(),
                draft != null,
                draftAuthors,
                kind(),
                replyDue(),
                Consultation.letterReceiptMissing(consulted),
                Consultation.objectionAwaitingNotice(consulted),
                Consultation.disclosureNoticeMissing(consulted, draftContent),
                caseFile.reasonsRequestedOn != null);
    }

    public RequestKind kind() {
        return caseFile.requestKind;
    }

    /**
     * The reply date in force (Art. 33, with any extension or Art. 35 date), as deadline-service announced it; once
     * a decision ordered a new reply, the date that decision set.
     */
    public LocalDate replyDue() {
        return due(replyClock());
    }

    /** REPLY, or REMAND_REPLY:<appeal> once an appeal's decision ordered a new reply. */
    public ClockKey replyClock() {
        return caseFile.remandAppeal == null
                ? ClockKey.of(ClockKind.REPLY)
                : ClockKey.of(ClockKind.REMAND_REPLY, caseFile.remandAppeal);
    }

    /** The payment period of the case's fee notice, announced under its own key (FEE_PAYMENT:<fee id>). */
    public LocalDate feePaymentDue() {
        return caseFile.feeId == null ? null : due(ClockKey.of(ClockKind.FEE_PAYMENT, caseFile.feeId));
    }

    /** The due date deadline-service announced for the clock; null until it has. */
    public LocalDate due(ClockKey clock) {
        CaseDeadlineEntity deadline = deadlines.get(clock.text());
        return deadline == null ? null : deadline.dueDate;
    }

    public boolean provisional(ClockKey clock) {
        CaseDeadlineEntity deadline = deadlines.get(clock.text());
        return deadline != null && deadline.provisional;
    }

    public int openConsultations() {
        return (int) consultations.stream().filter(c -> c.outcome == null).count();
    }

    public List<Consultation> consultationFacts() {
        return consultations.stream().map(this::consultation).toList();
    }

    public Consultation consultation(ConsultationEntity c) {
        ConsultationKind kind = c.kind;
        ClockKind answerClock =
                kind == ConsultationKind.THIRD_PARTY ? ClockKind.THIRD_PARTY_ANSWER : ClockKind.OTHER_AGENCY_ANSWER;
        return new Consultation(
                c.id,
                kind,
                c.party,
                c.letterSentOn,
                c.letterReceivedOn,
                due(ClockKey.of(answerClock, c.id)),
                c.outcome,
                c.answeredOn,
                c.thirdPartyNotifiedOn);
    }
}
