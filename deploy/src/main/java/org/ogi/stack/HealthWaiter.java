package org.ogi.stack;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Polls a readiness check until it passes, the process that should pass it dies, or time runs out. */
final class HealthWaiter {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private HealthWaiter() {}

    static void await(String component, BooleanSupplier ready, Optional<ProcessHandle> process, Instant deadline)
            throws InterruptedException {
        while (!ready.getAsBoolean()) {
            if (process.isPresent() && !process.get().isAlive()) {
                throw new StackException(component + " exited before it was ready");
            }
            if (Instant.now().isAfter(deadline)) {
                throw new StackException(component + " was not ready in time");
            }
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }
}
