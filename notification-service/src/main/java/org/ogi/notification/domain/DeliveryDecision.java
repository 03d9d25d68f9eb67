package org.ogi.notification.domain;

import java.time.Duration;
import java.util.Optional;

/** What the delivery queue does after an attempt: mark it sent, retry later, or give up on the channel. */
public sealed interface DeliveryDecision {

    record MarkSent(String providerId) implements DeliveryDecision {}

    record RetryAfter(Duration delay, String reason) implements DeliveryDecision {}

    /**
     * The channel failed for good: the notification is FAILED with {@code reason}; {@code next} is the channel to
     * try instead (empty: none left, and staff must serve the notice another way).
     */
    record GiveUp(String reason, Optional<NotificationChannel> next) implements DeliveryDecision {}

    /**
     * Decides after attempt number {@code attemptsMade} on {@code channel}: a permanent failure, or a transient one
     * with the attempts used up, moves to the next channel of {@code contact}.
     */
    static DeliveryDecision after(
            SendResult result, int attemptsMade, RetryPolicy policy, NotificationChannel channel, Contact contact) {
        if (result instanceof SendResult.Sent sent) {
            return new MarkSent(sent.providerId());
        }
        SendResult.Failed failed = (SendResult.Failed) result;
        if (!failed.permanent()) {
            Optional<Duration> delay = policy.delayAfter(attemptsMade);
            if (delay.isPresent()) {
                return new RetryAfter(delay.get(), failed.reason());
            }
        }
        String reason = failed.permanent() ? failed.reason() : failed.reason() + "（已重试" + attemptsMade + "次）";
        return new GiveUp(reason, contact == null ? Optional.empty() : contact.after(channel));
    }
}
