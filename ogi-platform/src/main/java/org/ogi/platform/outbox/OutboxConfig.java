package org.ogi.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "ogi.outbox")
public interface OutboxConfig {

    /** Rows published per relay transaction. */
    @WithDefault("500")
    int batchSize();

    /** Safety net only: the relay is woken by a NOTIFY on commit. */
    @WithDefault("PT2S")
    Duration fallbackPollInterval();

    @WithDefault("PT0.2S")
    Duration initialBackoff();

    @WithDefault("PT5S")
    Duration maxBackoff();

    /** How long to wait for the broker's acknowledgement of a batch. */
    @WithDefault("PT15S")
    Duration sendTimeout();

    /** Published rows are kept this long for inspection, then deleted. */
    @WithDefault("P7D")
    Duration retention();
}
