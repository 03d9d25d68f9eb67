package org.ogi.cases.domain;

/**
 * Where a request stands as the applicant is told: the internal steps (assignment, drafting, secrecy review,
 * approval) are staff matters and all read 办理中.
 */
public enum ApplicantStatus {
    RECEIVED("已收到"),
    CORRECTION_NEEDED("待补正"),
    IN_PROGRESS("办理中"),
    CONSULTING("征求意见中"),
    FEE_DUE("待缴纳信息处理费"),
    REASONS_REQUESTED("待说明理由"),
    REPLIED("已答复"),
    DELIVERED("已送达"),
    CLOSED("已办结"),
    ABANDONED("视为放弃申请"),
    WITHDRAWN("已撤回");

    private final String label;

    ApplicantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ApplicantStatus of(CaseState state) {
        return switch (state) {
            case RECEIVED -> RECEIVED;
            case CORRECTION_REQUESTED -> CORRECTION_NEEDED;
            case CORRECTED, ACCEPTED, DRAFTING, SECRECY_REVIEW, APPROVAL, APPROVED, REOPENED -> IN_PROGRESS;
            case CONSULTING -> CONSULTING;
            case AWAITING_FEE, FEE_NOTICE_RECEIVED -> FEE_DUE;
            case AWAITING_REASONS -> REASONS_REQUESTED;
            case REPLIED -> REPLIED;
            case DELIVERED -> DELIVERED;
            case CLOSED -> CLOSED;
            case ABANDONED -> ABANDONED;
            case WITHDRAWN -> WITHDRAWN;
        };
    }

    /** True once the reply went out: its letter is the applicant's to read. */
    public boolean replied() {
        return this == REPLIED || this == DELIVERED || this == CLOSED;
    }
}
