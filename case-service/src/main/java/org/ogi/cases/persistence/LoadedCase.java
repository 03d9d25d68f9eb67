package org.ogi.cases.persistence;

import org.ogi.cases.domain.CaseFacts;
import org.ogi.cases.domain.CaseState;
import org.ogi.cases.domain.DeadlineClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A case with what the workflow and the view need to know about it: the aggregate the repository loads.
 *
 * @param draft        null until a draft reply was saved
 * @param draftAuthors everyone who wrote or submitted the draft, from the audit trail (four eyes)
 */
public record LoadedCase(CaseFileEntity caseFile, Map<String, CaseDeadlineEntity> deadlines,
        List<ConsultationEntity> consultations, CaseDraftEntity draft, Set<String> draftAuthors) {

    public CaseFacts facts(boolean feeNoticesEnabled) {
        return new CaseFacts(CaseState.valueOf(caseFile.state), caseFile.receivedDate,
                due(DeadlineClock.CORRECTION_NOTICE), due(DeadlineClock.CORRECTION_PERIOD),
                due(DeadlineClock.FEE_PAYMENT), caseFile.extendedWorkingDays != null, caseFile.feeId != null,
                feeNoticesEnabled, openConsultations(), draft != null, draftAuthors);
    }

    /** The due date deadline-service announced for the clock; null until it has. */
    public LocalDate due(DeadlineClock clock) {
        CaseDeadlineEntity deadline = deadlines.get(clock.name());
        return deadline == null ? null : deadline.dueDate;
    }

    public boolean provisional(DeadlineClock clock) {
        CaseDeadlineEntity deadline = deadlines.get(clock.name());
        return deadline != null && deadline.provisional;
    }

    public int openConsultations() {
        return (int) consultations.stream().filter(c -> c.outcome == null).count();
    }
}
