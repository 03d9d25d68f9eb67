package org.ogi.report.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ogi.law.TableThreeRow;
import org.ogi.report.domain.RemandRule;

/** report-service's choices; the UNCONFIRMED ones are listed in the README. */
@ConfigMapping(prefix = "ogi.report")
public interface ReportConfig {

    /**
     * How a case answered anew after a remand counts (UNCONFIRMED, see {@link RemandRule}):
     * {@code ogi.report.remand-rule=LATEST_IN_YEAR} (default) or {@code FIRST}. Changing it needs a rebuild.
     */
    @WithDefault("LATEST_IN_YEAR")
    RemandRule remandRule();

    /**
     * The row of a withdrawn request whose event names none (events before case-service stated it); case-service's
     * own choice (UNCONFIRMED, default （六）3.其他) travels on the event.
     */
    @WithDefault("OTHER_OTHER")
    TableThreeRow withdrawnRow();

    /**
     * Whether Art. 41 record-correction requests count in table 三 (default false: they are not requests for
     * government information, Art. 27; UNCONFIRMED).
     */
    @WithDefault("false")
    boolean countRecordCorrections();

    /**
     * The least time between two rebuilds from the topics (each reads every event ever published); an earlier
     * request is a 409.
     */
    @WithDefault("PT10M")
    Duration rebuildMinInterval();

    /**
     * How long a running rebuild stays its instance's without a renewal: the instance renews it four times per
     * lease, and a RUNNING rebuild not renewed for longer is taken as dead (FAILED) when a new one is requested,
     * its status is read or an instance starts.
     */
    @WithDefault("PT1M")
    Duration rebuildLease();

    /**
     * The agencies whose reports a parent agency's staff may roll up with its own (a city over its departments),
     * e.g. {@code ogi.report.children.HB=HB-FGW,HB-JYJ}.
     */
    Map<String, List<String>> children();
}
