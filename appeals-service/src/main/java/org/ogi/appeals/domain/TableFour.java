package org.ogi.appeals.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ogi.law.AppealKind;

/**
 * Annual-report table 四: per block (行政复议, 未经复议直接起诉, 复议后起诉) the appeals filed in the year by
 * outcome column, an appeal without an outcome at the year's end counting as 尚未审结, and 总计 their sum.
 * The outcome-to-column mapping is UNCONFIRMED (ogi-rules §3.2): {@link #SUGGESTED} is the documented suggestion,
 * configurable per outcome.
 */
public final class TableFour {

    public static final Map<Outcome, ReportColumn> SUGGESTED = suggested();

    public enum Block {
        RECONSIDERATION("行政复议"),
        DIRECT_SUIT("行政诉讼 未经复议直接起诉"),
        SUIT_AFTER_RECONSIDERATION("行政诉讼 复议后起诉");

        private final String label;

        Block(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /**
         * The block an appeal counts in; a second instance or retrial continues its suit and is not counted again
         * (UNCONFIRMED).
         */
        public static Optional<Block> of(AppealKind kind) {
            return switch (kind) {
                case RECONSIDERATION -> Optional.of(RECONSIDERATION);
                case DIRECT_SUIT -> Optional.of(DIRECT_SUIT);
                case SUIT_AFTER_RECONSIDERATION -> Optional.of(SUIT_AFTER_RECONSIDERATION);
                case SECOND_INSTANCE, RETRIAL -> Optional.empty();
            };
        }
    }

    /** One appeal as the table counts it: its kind, filing day and outcome (null while pending). */
    public record Counted(AppealKind kind, LocalDate filedOn, Outcome outcome, LocalDate decidedOn) {}

    /** A block's five numbers; {@link #total()} is 总计. */
    public record Row(int maintained, int corrected, int other, int pending) {
        public int total() {
            return maintained + corrected + other + pending;
        }

        Row plus(ReportColumn column) {
            return switch (column) {
                case MAINTAINED -> new Row(maintained + 1, corrected, other, pending);
                case CORRECTED -> new Row(maintained, corrected + 1, other, pending);
                case OTHER -> new Row(maintained, corrected, other + 1, pending);
                case PENDING -> new Row(maintained, corrected, other, pending + 1);
            };
        }
    }

    private final Map<Outcome, ReportColumn> mapping;

    public TableFour(Map<Outcome, ReportColumn> mapping) {
        EnumMap<Outcome, ReportColumn> complete = new EnumMap<>(SUGGESTED);
        complete.putAll(mapping);
        if (complete.containsValue(ReportColumn.PENDING)) {
            throw new IllegalArgumentException("an outcome cannot count as pending (尚未审结)");
        }
        this.mapping = Map.copyOf(complete);
    }

    public ReportColumn columnOf(Outcome outcome) {
        return mapping.get(Objects.requireNonNull(outcome, "outcome"));
    }

    /** The column of an appeal at the end of {@code year}: its outcome's if decided by then, else 尚未审结. */
    public ReportColumn columnAtYearEnd(Counted appeal, int year) {
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        if (appeal.outcome() == null
                || appeal.decidedOn() == null
                || appeal.decidedOn().isAfter(yearEnd)) {
            return ReportColumn.PENDING;
        }
        return columnOf(appeal.outcome());
    }

    /** The table for {@code year}, counting the appeals filed in it (UNCONFIRMED: by filing year). */
    public Map<Block, Row> count(List<Counted> appeals, int year) {
        Map<Block, Row> rows = new EnumMap<>(Block.class);
        for (Block block : Block.values()) {
            rows.put(block, new Row(0, 0, 0, 0));
        }
        for (Counted appeal : appeals) {
            if (appeal.filedOn().getYear() != year) {
                continue;
            }
            Block.of(appeal.kind())
                    .ifPresent(
                            block -> rows.computeIfPresent(block, (b, row) -> row.plus(columnAtYearEnd(appeal, year))));
        }
        return rows;
    }

    private static Map<Outcome, ReportColumn> suggested() {
        EnumMap<Outcome, ReportColumn> m = new EnumMap<>(Outcome.class);
        for (Outcome o : List.of(Outcome.UPHELD, Outcome.CLAIM_DISMISSED)) {
            m.put(o, ReportColumn.MAINTAINED);
        }
        for (Outcome o : List.of(
                Outcome.REVOKED,
                Outcome.PARTIALLY_REVOKED,
                Outcome.VARIED,
                Outcome.DECLARED_UNLAWFUL,
                Outcome.DECLARED_VOID,
                Outcome.ORDERED_TO_PERFORM,
                Outcome.ORDERED_TO_REPLY_AGAIN)) {
            m.put(o, ReportColumn.CORRECTED);
        }
        for (Outcome o : List.of(
                Outcome.NOT_ACCEPTED,
                Outcome.APPLICATION_DISMISSED,
                Outcome.TERMINATED,
                Outcome.WITHDRAWN,
                Outcome.MEDIATED)) {
            m.put(o, ReportColumn.OTHER);
        }
        return Map.copyOf(m);
    }
}
