package org.ogi.notification.service;

import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.SendResult;

/**
 * One delivering channel (e-mail, SMS, post). Called by {@link DeliveryRelay} on its own thread, outside any
 * consuming transaction; it may block. It must not throw for a refusal: it answers {@link SendResult.Failed}.
 */
public interface ChannelSender {

    NotificationChannel channel();

    SendResult send(OutgoingMessage message);
}
