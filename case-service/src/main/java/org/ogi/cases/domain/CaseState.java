package org.ogi.cases.domain;

/** Where a case stands in the workflow; {@link CaseWorkflow} knows how one leads to another. */
public enum CaseState {
    RECEIVED,
    /** 补正: the applicant was told once what to correct and by when (Art. 30). */
    CORRECTION_REQUESTED,
    /** The corrected application arrived; its received date restarts the reply clock. */
    CORRECTED,
    ACCEPTED,
    DRAFTING,
    /** At least one third-party (Art. 32) or other-agency (Art. 34) consultation is open; the reply clock pauses. */
    CONSULTING,
    /** A fee notice (信息处理费) is unpaid and the day the applicant received it is not recorded yet. */
    AWAITING_FEE,
    /** The applicant received the fee notice on a recorded day: the 20 working days to pay run from the next day. */
    FEE_NOTICE_RECEIVED,
    /** Art. 35: the applicant was asked to state reasons for the volume or frequency of their requests. */
    AWAITING_REASONS,
    SECRECY_REVIEW,
    APPROVAL,
    /** Approved and frozen; waiting to be sent. */
    APPROVED,
    REPLIED,
    DELIVERED,
    CLOSED,
    /**
     * A reconsideration decision or judgment ordered a new reply (责令重新答复 / 责令履行, ARL 2023 Arts. 64, 66;
     * ALL Arts. 70, 72): the case is drafted, reviewed and approved again; the first reply stays on record.
     */
    REOPENED,
    /** 视为放弃: correction or fee period ran out. */
    ABANDONED,
    WITHDRAWN;

    public boolean isTerminal() {
        return this == CLOSED || this == ABANDONED || this == WITHDRAWN;
    }
}
