package org.ogi.notification.service;

import java.util.UUID;
import org.ogi.notification.domain.NotificationKind;

/**
 * What a channel sends. {@code messageId} is fixed when the notification is recorded, so a re-send after a crash
 * carries the same Message-ID and the receiving side can tell it is the same message.
 *
 * @param text the text part of an e-mail, the letter's text, or the text message itself
 * @param pdf the notice (or, for the reply, the reply letter) as PDF; null for staff notices
 */
public record OutgoingMessage(
        UUID id,
        String messageId,
        String trackingNumber,
        NotificationKind kind,
        String address,
        String subject,
        String text,
        String html,
        byte[] pdf,
        String pdfName) {}
