package org.ogi.platform.time;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "ogi.clock")
public interface ClockConfig {

    /**
     * End-to-end test stacks only: a file holding the ISO date that is "today" for every service of the stack, so a
     * test can move the stack's day (a fee period that ran out, an overdue clock). A missing or empty file means the
     * real date. Never set in production.
     */
    Optional<Path> file();
}
