package org.ogi.report.domain;

import java.util.Set;
import org.ogi.law.TableThreeRow;

/**
 * A data row of table 三 as printed: its key (stable across exports), its exact label, the merged label cell it
 * sits under (e.g. （三）不予公开, null for rows that stand alone) and, for result rows, the outcome rows it counts.
 */
public record Line(String key, String label, String heading, Kind kind, Set<TableThreeRow> rows) {

    public enum Kind {
        /** 一、本年新收: received in the year. */
        NEW,
        /** 二、上年结转: received before the year and open at the end of the one before. */
        CARRIED_OVER,
        /** A result row under 三、本年度办理结果: handled in the year with one of {@link Line#rows()}. */
        RESULT,
        /** （七）总计: every request handled in the year. */
        TOTAL,
        /** 四、结转下年度继续办理: received by the year's end and open at it. */
        CARRIED_FORWARD
    }

    public Line {
        rows = Set.copyOf(rows);
    }
}
