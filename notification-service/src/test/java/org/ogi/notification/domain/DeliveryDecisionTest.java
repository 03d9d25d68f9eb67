package org.ogi.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryDecisionTest {

    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofSeconds(30), Duration.ofMinutes(2));
    private static final Contact ALL = new Contact("张三", "a@example.cn", "13800138000", "北京市东城区", "u1", null);

    @Test
    void anAcceptedMessageIsMarkedSentWithTheProvidersId() {
        assertThat(DeliveryDecision.after(new SendResult.Sent("<id@x>"), 1, POLICY, NotificationChannel.EMAIL, ALL))
                .isEqualTo(new DeliveryDecision.MarkSent("<id@x>"));
    }

    @Test
    void transientFailuresBackOffExponentiallyUpToTheMaximum() {
        SendResult busy = new SendResult.Failed("SMTP 451", false);
        assertThat(DeliveryDecision.after(busy, 1, POLICY, NotificationChannel.EMAIL, ALL))
                .isEqualTo(new DeliveryDecision.RetryAfter(Duration.ofSeconds(30), "SMTP 451"));
        assertThat(DeliveryDecision.after(busy, 2, POLICY, NotificationChannel.EMAIL, ALL))
                .isEqualTo(new DeliveryDecision.RetryAfter(Duration.ofMinutes(1), "SMTP 451"));
        assertThat(DeliveryDecision.after(busy, 3, POLICY, NotificationChannel.EMAIL, ALL))
                .isEqualTo(new DeliveryDecision.RetryAfter(Duration.ofMinutes(2), "SMTP 451"));
    }

    @Test
    void transientFailuresWithTheAttemptsUsedUpMoveToTheNextChannel() {
        DeliveryDecision decision = DeliveryDecision.after(
                new SendResult.Failed("SMTP 451", false), 4, POLICY, NotificationChannel.EMAIL, ALL);
        assertThat(decision)
                .isEqualTo(new DeliveryDecision.GiveUp("SMTP 451（已重试4次）", Optional.of(NotificationChannel.SMS)));
    }

    @Test
    void aPermanentFailureMovesOnAtOnceAndTheLastChannelLeavesNone() {
        SendResult bounced = new SendResult.Failed("SMTP 550 no such user", true);
        assertThat(DeliveryDecision.after(bounced, 1, POLICY, NotificationChannel.EMAIL, ALL))
                .isEqualTo(new DeliveryDecision.GiveUp("SMTP 550 no such user", Optional.of(NotificationChannel.SMS)));
        assertThat(DeliveryDecision.after(bounced, 1, POLICY, NotificationChannel.POST, ALL))
                .isEqualTo(new DeliveryDecision.GiveUp("SMTP 550 no such user", Optional.empty()));
    }
}
