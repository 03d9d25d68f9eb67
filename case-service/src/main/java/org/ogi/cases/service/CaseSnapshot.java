package org.ogi.cases.service;

import org.ogi.cases.domain.CaseAction;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.cases.persistence.LoadedCase;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case as it stands after a read or a step, with the actions the caller may take next.
 *
 * @param replyDueDate   null until deadline-service has announced it
 * @param requestKind    INFORMATION or RECORD_CORRECTION (Art. 41)
 * @param withdrawnOn    the day the applicant withdrew the request, if they did
 * @param allowedActions what the caller may do now, in enum order
 */
public record CaseSnapshot(String trackingNumber, String agency, String state, long version, LocalDate receivedDate,
        String applicantCategory, LocalDate replyDueDate, boolean replyDueDateProvisional, OffsetDateTime openedAt,
        String department, String assignedOfficer, LocalDate correctedReceivedDate, Integer extendedWorkingDays,
        String replyType, LocalDate repliedOn, LocalDate deliveredOn, int openConsultations, String requestKind,
        LocalDate withdrawnOn, List<CaseAction> allowedActions) {

    public CaseSnapshot {
        allowedActions = List.copyOf(allowedActions);
    }

    static CaseSnapshot of(LoadedCase loaded, List<CaseAction> allowedActions) {
        CaseFileEntity c = loaded.caseFile();
        return new CaseSnapshot(c.trackingNumber, c.agency, c.state.name(), c.version, c.receivedDate,
                c.applicantCategory, loaded.replyDue(), loaded.provisional(ClockKey.of(ClockKind.REPLY)), c.openedAt,
                c.department, c.assignedOfficer, c.correctedReceivedDate, c.extendedWorkingDays,
                c.replyType == null ? null : c.replyType.name(), c.repliedOn, c.deliveredOn,
                loaded.openConsultations(), loaded.kind().name(), c.withdrawnOn, allowedActions);
    }
}
