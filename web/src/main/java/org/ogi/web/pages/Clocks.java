package org.ogi.web.pages;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** Today for the pages' due-date marks, in the zone the services count in; tests may replace the bean. */
public class Clocks {

    @Produces
    @Singleton
    Clock clock(WebConfig config) {
        return Clock.system(ZoneId.of(config.zone()));
    }
}
