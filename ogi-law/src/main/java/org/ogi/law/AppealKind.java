package org.ogi.law;

/** How an applicant challenges an agency's OGI reply or its silence (Art. 51; ARL 2023; ALL). */
public enum AppealKind {
    /** 行政复议 (ARL 2023; ARL 2017 for applications received before 2024-01-01). */
    RECONSIDERATION,
    /** 行政诉讼 without reconsideration first (ALL Art. 46). */
    DIRECT_SUIT,
    /** 行政诉讼 after a reconsideration (ALL Art. 45); follows that reconsideration. */
    SUIT_AFTER_RECONSIDERATION,
    /** 上诉: appeal of a first-instance judgment or ruling (ALL Art. 85); follows that suit. */
    SECOND_INSTANCE,
    /** 再审 (ALL Art. 90); follows the suit whose judgment took effect. */
    RETRIAL;

    public boolean isLitigation() {
        return this != RECONSIDERATION;
    }

    /** True if the appeal must name the appeal it follows. */
    public boolean followsAnother() {
        return this == SUIT_AFTER_RECONSIDERATION || this == SECOND_INSTANCE || this == RETRIAL;
    }
}
