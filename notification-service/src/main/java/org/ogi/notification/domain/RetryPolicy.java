package org.ogi.notification.domain;

import java.time.Duration;
import java.util.Optional;

/** Transient failures are retried with exponential backoff, at most {@code maxAttempts} attempts in all. */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /** The wait before attempt {@code attemptsMade + 1}, or empty when the attempts are used up. */
    public Optional<Duration> delayAfter(int attemptsMade) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        Duration delay = initialBackoff;
        for (int i = 1; i < attemptsMade && delay.compareTo(maxBackoff) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay);
    }
}
