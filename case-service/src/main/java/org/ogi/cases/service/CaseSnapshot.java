package org.ogi.cases.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.cases.persistence.LoadedCase;

/**
 * A case as it stands after a read or a step, with the actions the caller may take next.
 *
 * @param replyDueDate   null until deadline-service has announced it
 * @param requestKind    INFORMATION or RECORD_CORRECTION (Art. 41)
 * @param withdrawnOn    the day the applicant withdrew the request, if they did
 * @param appeals        the appeals brought against the case, with the outcome once decided
 * @param earlierReplies replies a decision ordered to be made again (the case was reopened)
 * @param allowedActions what the caller may do now, in enum order
 */
public record CaseSnapshot(
        String trackingNumber,
        String agency,
        String state,
        long version,
        LocalDate receivedDate,
        String applicantCategory,
        LocalDate replyDueDate,
        boolean replyDueDateProvisional,
        OffsetDateTime openedAt,
        String department,
        String assignedOfficer,
        LocalDate correctedReceivedDate,
        Integer extendedWorkingDays,
        String replyType,
        LocalDate repliedOn,
        LocalDate deliveredOn,
        int openConsultations,
        String requestKind,
        LocalDate withdrawnOn,
        List<Appeal> appeals,
        List<EarlierReply> earlierReplies,
        List<CaseAction> allowedActions) {

    /** An appeal against the case; {@code reopened} when its decision ordered a new reply. */
    public record Appeal(
            String appealNumber,
            String kind,
            LocalDate filedOn,
            String outcome,
            LocalDate decidedOn,
            String documentNumber,
            boolean reopened) {}

    /** A reply superseded by {@code reopenedByAppeal}; its letter as sent is kept under {@code sentLetterSha256}. */
    public record EarlierReply(
            String replyType,
            LocalDate repliedOn,
            LocalDate deliveredOn,
            String letterSha256,
            String sentLetterSha256,
            String reopenedByAppeal) {}

    public CaseSnapshot {
        appeals = List.copyOf(appeals);
        earlierReplies = List.copyOf(earlierReplies);
        allowedActions = List.copyOf(allowedActions);
    }

    static CaseSnapshot of(LoadedCase loaded, List<CaseAction> allowedActions) {
        CaseFileEntity c = loaded.caseFile();
        return new CaseSnapshot(
                c.trackingNumber,
                c.agency,
                c.state.name(),
                c.version,
                c.receivedDate,
                c.applicantCategory,
                loaded.replyDue(),
                loaded.provisional(loaded.replyClock()),
                c.openedAt,
                c.department,
                c.assignedOfficer,
                c.correctedReceivedDate,
                c.extendedWorkingDays,
                c.replyType == null ? null : c.replyType.name(),
                c.repliedOn,
                c.deliveredOn,
                loaded.openConsultations(),
                loaded.kind().name(),
                c.withdrawnOn,
                loaded.appeals().stream()
                        .map(a -> new Appeal(
                                a.appealNumber,
                                a.kind,
                                a.filedOn,
                                a.outcome,
                                a.decidedOn,
                                a.documentNumber,
                                a.reopened))
                        .toList(),
                loaded.earlierReplies().stream()
                        .map(r -> new EarlierReply(
                                r.replyType == null ? null : r.replyType.name(),
                                r.repliedOn,
                                r.deliveredOn,
                                r.letterSha256,
                                r.sentLetterSha256,
                                r.reopenedByAppeal))
                        .toList(),
                allowedActions);
    }
}
