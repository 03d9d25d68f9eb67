package org.ogi.cases.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the workflow needs to know about a case to decide a step. Due dates come from deadline-service (which owns
 * the working-day calendar) and are null until it has announced them.
 *
 * @param draftAuthors               everyone who wrote or edited the current draft reply (four eyes)
 * @param replyDue                   the reply date in force (Art. 33, with any extension or Art. 35 date)
 * @param letterReceiptMissing       an open consultation's letter has no recorded receipt
 * @param objectionAwaitingNotice    a third party objected and has not been told of a disclosure (Art. 32)
 * @param disclosureNoticeMissing    the draft discloses over such an objection: the notice must go out first
 * @param reasonsRequested           the applicant was asked for reasons under Art. 35
 */
public record CaseFacts(
        CaseState state,
        LocalDate receivedDate,
        LocalDate correctionNoticeDue,
        LocalDate correctionPeriodDue,
        LocalDate feePaymentDue,
        boolean extended,
        boolean feeNoticeIssued,
        boolean feeNoticesEnabled,
        int openConsultations,
        boolean hasDraft,
        Set<String> draftAuthors,
        RequestKind kind,
        LocalDate replyDue,
        boolean letterReceiptMissing,
        boolean objectionAwaitingNotice,
        boolean disclosureNoticeMissing,
        boolean reasonsRequested) {

    public CaseFacts {
        draftAuthors = Set.copyOf(draftAuthors);
    }
}
