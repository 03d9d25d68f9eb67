package org.ogi.cases.domain;

import static org.ogi.cases.domain.CaseAction.*;

import java.util.EnumSet;
import java.util.Set;

/** What the applicant asked for: information (Art. 27) or the correction of a record about them (Art. 41). */
public enum RequestKind {
    INFORMATION(EnumSet.of(DECIDE_RECORD_CORRECTION)),
    /**
     * Art. 41: answered by the agency's check and decision, not by a disclosure reply; no consultation, fee or
     * Art. 35 step applies to it.
     */
    RECORD_CORRECTION(EnumSet.of(
            START_CONSULTATION,
            RECORD_CONSULTATION_LETTER_RECEIPT,
            RECORD_CONSULTATION_ANSWER,
            NOTIFY_THIRD_PARTY,
            ISSUE_FEE_NOTICE,
            RECORD_FEE_NOTICE_RECEIPT,
            RECORD_FEE_PAYMENT,
            REQUEST_REASONS,
            DECIDE_ON_REASONS,
            SAVE_DRAFT,
            SUBMIT_DRAFT));

    private final Set<CaseAction> excluded;

    RequestKind(Set<CaseAction> excluded) {
        this.excluded = excluded;
    }

    public boolean allows(CaseAction action) {
        return !excluded.contains(action);
    }

    /** The kind named in {@code ogi.request.received.v1}; events before the field existed are information requests. */
    public static RequestKind of(String name) {
        return name == null ? INFORMATION : valueOf(name);
    }
}
