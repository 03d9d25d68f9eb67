package org.ogi.notification.messaging;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.notification.config.NotificationConfig;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.SendResult;
import org.ogi.notification.service.ChannelSender;
import org.ogi.notification.service.OutgoingMessage;

/** E-mail through the configured SMTP relay (Quarkus Mailer): text and HTML alternatives, the notice as PDF. */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    private final ReactiveMailer mailer;
    private final NotificationConfig config;

    EmailSender(ReactiveMailer mailer, NotificationConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        Mail mail = Mail.withText(message.address(), message.subject(), message.text())
                .setHtml(message.html())
                .setFrom(config.email().from())
                .addHeader("Message-ID", message.messageId());
        if (message.pdf() != null) {
            mail.addAttachment(message.pdfName(), message.pdf(), "application/pdf");
        }
        try {
            // A relay that stops answering must not hold the delivery queue: the attempt fails and is retried.
            mailer.send(mail).await().atMost(config.email().sendTimeout());
            return new SendResult.Sent(message.messageId());
        } catch (RuntimeException e) {
            return refusal(e);
        }
    }

    /** A 5xx reply (unknown mailbox, rejected) is permanent; 4xx replies and unreachable relays are retried. */
    static SendResult.Failed refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return new SendResult.Failed(
                        "SMTP " + smtp.getReplyCode() + " " + smtp.getReplyMessage(), smtp.isPermanent());
            }
        }
        return new SendResult.Failed(failure.getClass().getSimpleName() + ": " + failure.getMessage(), false);
    }
}
