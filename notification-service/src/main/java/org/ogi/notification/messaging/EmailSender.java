package org.ogi.notification.messaging;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
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
    private final Context mailContext;

    EmailSender(ReactiveMailer mailer, NotificationConfig config, Vertx vertx) {
        this.mailer = mailer;
        this.config = config;
        // Every send runs on this one event loop. Called from a relay's own thread, the Vert.x mail client may open the
        // socket on one event loop and install its reply handler on another; a greeting that arrives in between is
        // dropped (NetSocket discards data while it has no handler) and the send waits for it until it times out.
        this.mailContext = vertx.getOrCreateContext();
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
            mailer.send(mail)
                    .runSubscriptionOn(task -> mailContext.runOnContext(ignored -> task.run()))
                    .await()
                    .atMost(config.email().sendTimeout());
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
