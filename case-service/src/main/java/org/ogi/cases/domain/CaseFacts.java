package org.ogi.cases.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the workflow needs to know about a case to decide a step. Due dates come from deadline-service (which owns
 * the working-day calendar) and are null until it has announced them.
 *
 * @param draftAuthors everyone who wrote or edited the current draft reply (four eyes)
 */
public record CaseFacts(CaseState state, LocalDate receivedDate, LocalDate correctionNoticeDue,
        LocalDate correctionPeriodDue, LocalDate feePaymentDue, boolean extended, boolean feeNoticeIssued,
        boolean feeNoticesEnabled, int openConsultations, boolean hasDraft, Set<String> draftAuthors) {

    public CaseFacts {
        draftAuthors = Set.copyOf(draftAuthors);
    }
}
