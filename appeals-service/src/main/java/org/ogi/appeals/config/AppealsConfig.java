package org.ogi.appeals.config;

import io.smallrye.config.ConfigMapping;
import java.util.EnumMap;
import java.util.Map;
import org.ogi.appeals.domain.Outcome;
import org.ogi.appeals.domain.TableFour;
import org.ogi.law.ReportColumn;

@ConfigMapping(prefix = "ogi.appeals")
public interface AppealsConfig {

    /**
     * Table 四 column per outcome, overriding {@link TableFour#SUGGESTED}, e.g.
     * {@code ogi.appeals.table-four-column.MEDIATED=MAINTAINED}. UNCONFIRMED (ogi-rules §3.2, §7 item 5).
     */
    Map<String, String> tableFourColumn();

    default TableFour tableFour() {
        Map<Outcome, ReportColumn> overrides = new EnumMap<>(Outcome.class);
        tableFourColumn()
                .forEach((outcome, column) -> overrides.put(Outcome.valueOf(outcome), ReportColumn.valueOf(column)));
        return new TableFour(overrides);
    }
}
