package org.ogi.law;

import java.util.Optional;

/** The three blocks of annual-report table 四 (ogi-rules §3.2), each with the columns of {@link ReportColumn}. */
public enum TableFourBlock {
    RECONSIDERATION("行政复议", null),
    DIRECT_SUIT("行政诉讼", "未经复议直接起诉"),
    SUIT_AFTER_RECONSIDERATION("行政诉讼", "复议后起诉");

    private final String group;
    private final String subgroup;

    TableFourBlock(String group, String subgroup) {
        this.group = group;
        this.subgroup = subgroup;
    }

    /** The level-1 header: 行政复议 or 行政诉讼. */
    public String group() {
        return group;
    }

    /** The level-2 header under 行政诉讼; null for 行政复议. */
    public String subgroup() {
        return subgroup;
    }

    public String label() {
        return subgroup == null ? group : group + " " + subgroup;
    }

    /**
     * The block an appeal counts in; a second instance or retrial continues its suit and is not counted again
     * (UNCONFIRMED).
     */
    public static Optional<TableFourBlock> of(AppealKind kind) {
        return switch (kind) {
            case RECONSIDERATION -> Optional.of(RECONSIDERATION);
            case DIRECT_SUIT -> Optional.of(DIRECT_SUIT);
            case SUIT_AFTER_RECONSIDERATION -> Optional.of(SUIT_AFTER_RECONSIDERATION);
            case SECOND_INSTANCE, RETRIAL -> Optional.empty();
        };
    }
}
