package org.ogi.platform.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.ogi.contracts.EventCodec;

/** "Today" is a local date in Asia/Shanghai; tests replace this bean to move it. */
@ApplicationScoped
public class ClockProducer {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock(ClockConfig config) {
        return config.file()
                .<Clock>map(file -> new DateFileClock(file, EventCodec.ZONE))
                .orElseGet(() -> Clock.system(EventCodec.ZONE));
    }
}
