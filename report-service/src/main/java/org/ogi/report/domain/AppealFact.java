package org.ogi.report.domain;

import java.time.LocalDate;
import java.util.Optional;
import org.ogi.law.AppealKind;
import org.ogi.law.ReportColumn;
import org.ogi.law.TableFourBlock;
import org.ogi.law.TableFourCount;

/**
 * What table 四 needs of one appeal, as its events state it.
 *
 * @param kind      the appeal's kind (AppealKind's name)
 * @param column    the table 四 column of its outcome (appeals-service maps the outcome, ogi-rules §3.2); null while
 *                  pending
 * @param decidedOn the day of the outcome, null while pending
 */
public record AppealFact(String appealNumber, String kind, LocalDate filedOn, String column, LocalDate decidedOn) {

    /** The first outcome stands: a withdrawal after a decision does not change the decided column. */
    public AppealFact withOutcome(String outcomeColumn, LocalDate day) {
        if (decidedOn != null) {
            return this;
        }
        return new AppealFact(appealNumber, kind, filedOn, outcomeColumn, day);
    }

    public Optional<TableFourBlock> block() {
        return knownKind().flatMap(TableFourBlock::of);
    }

    /** The appeal as counted, empty when its decided column is not one of table 四's (it counts only in 总计). */
    public Optional<TableFourCount.Counted> counted() {
        Optional<AppealKind> appealKind = knownKind();
        if (appealKind.isEmpty()) {
            return Optional.empty();
        }
        ReportColumn reportColumn = null;
        if (column != null) {
            try {
                reportColumn = ReportColumn.valueOf(column);
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        } else if (decidedOn != null) {
            return Optional.empty();
        }
        return Optional.of(new TableFourCount.Counted(appealKind.get(), filedOn, reportColumn, decidedOn));
    }

    private Optional<AppealKind> knownKind() {
        try {
            return kind == null ? Optional.empty() : Optional.of(AppealKind.valueOf(kind));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
