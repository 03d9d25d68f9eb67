package org.ogi.notification.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.SendResult;
import org.ogi.notification.service.ChannelSender;
import org.ogi.notification.service.OutgoingMessage;

/**
 * Post: the letter joins the day's batch for the mail room (GET /api/notifications/mail-room); the registered
 * letter's tracking number and signed-for date, recorded later, are the proof of service.
 */
@ApplicationScoped
public class PostSender implements ChannelSender {

    private final Clock clock;

    PostSender(Clock clock) {
        this.clock = clock;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.POST;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        return new SendResult.Sent("mail-room:" + LocalDate.now(clock));
    }
}
