package org.ogi.appeals.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ogi.law.AppealKind;
import org.ogi.law.ReportColumn;
import org.ogi.law.TableFourBlock;
import org.ogi.law.TableFourCount;

/**
 * Annual-report table 四 (counted per {@link TableFourCount}) with the column of each outcome. The mapping is UNCONFIRMED (ogi-rules §3.2): {@link #SUGGESTED} is the documented suggestion,
 * configurable per outcome.
 */
public final class TableFour {

    public static final Map<Outcome, ReportColumn> SUGGESTED = suggested();

    /** One appeal as the table counts it: its kind, filing day and outcome (null while pending). */
    public record Counted(AppealKind kind, LocalDate filedOn, Outcome outcome, LocalDate decidedOn) {}

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

    /** The table for {@code year} (counting per {@link TableFourCount}) with this mapping of outcomes. */
    public Map<TableFourBlock, TableFourCount.Row> count(List<Counted> appeals, int year) {
        return TableFourCount.count(
                appeals.stream()
                        .map(a -> new TableFourCount.Counted(
                                a.kind(),
                                a.filedOn(),
                                a.outcome() == null ? null : columnOf(a.outcome()),
                                a.decidedOn()))
                        .toList(),
                year);
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
