package org.ogi.cases.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.service.CaseSnapshot;

/**
 * A case as staff see it, with the actions the caller may take next.
 *
 * @param version        send it back as {@code If-Match} with the next step
 * @param replyDueDate   null until deadline-service has announced it
 * @param requestKind    INFORMATION or RECORD_CORRECTION (Art. 41)
 * @param withdrawnOn    the day the applicant withdrew the request, if they did
 * @param appeals        the appeals against the case; those whose decision ordered a new reply are reopened
 * @param earlierReplies replies a decision ordered to be made again, kept on record
 * @param allowedActions what the caller may do now, e.g. ACCEPT, SUBMIT_DRAFT
 */
public record CaseView(
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
        List<CaseSnapshot.Appeal> appeals,
        List<CaseSnapshot.EarlierReply> earlierReplies,
        List<CaseAction> allowedActions) {

    static CaseView of(CaseSnapshot c) {
        return new CaseView(
                c.trackingNumber(),
                c.agency(),
                c.state(),
                c.version(),
                c.receivedDate(),
                c.applicantCategory(),
                c.replyDueDate(),
                c.replyDueDateProvisional(),
                c.openedAt(),
                c.department(),
                c.assignedOfficer(),
                c.correctedReceivedDate(),
                c.extendedWorkingDays(),
                c.replyType(),
                c.repliedOn(),
                c.deliveredOn(),
                c.openConsultations(),
                c.requestKind(),
                c.withdrawnOn(),
                c.appeals(),
                c.earlierReplies(),
                c.allowedActions());
    }
}
