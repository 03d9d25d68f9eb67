package org.ogi.testsupport;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.ogi.contracts.EventCodec;

/**
 * The clock of every service's tests (it replaces the application's default clock bean): the real time in
 * Asia/Shanghai until a test moves it to another day. It keeps ticking from there, so timestamps still order;
 * tests that move it reset it afterwards.
 */
@Singleton
public class MutableClock extends Clock {

    private static final ZoneId ZONE = EventCodec.ZONE;
    private volatile Duration offset = Duration.ZERO;

    /** Moves "now" to 10:00 on {@code day}. */
    public void setToday(LocalDate day) {
        offset = Duration.between(Instant.now(), day.atTime(10, 0).atZone(ZONE).toInstant());
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
