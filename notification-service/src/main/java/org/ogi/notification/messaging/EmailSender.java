package org.ogi.notification.messaging;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.mail.MailAttachment;
import io.vertx.ext.mail.MailClient;
import io.vertx.ext.mail.MailMessage;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ogi.notification.config.NotificationConfig;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.SendResult;
import org.ogi.notification.service.ChannelSender;
import org.ogi.notification.service.OutgoingMessage;

/**
 * E-mail through the configured SMTP relay (the Vert.x mail client Quarkus configures from {@code quarkus.mailer.*}):
 * text and HTML alternatives, the notice as PDF.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    private final MailClient client;
    private final NotificationConfig config;
    private final Context mailContext;

    EmailSender(MailClient client, NotificationConfig config, Vertx vertx) {
        this.client = client;
        this.config = config;
        // Every send runs on this one event loop. Called from a relay's own thread, the Vert.x mail client may open the
        // socket on one event loop and install its reply handler on another; a greeting that arrives in between is
        // dropped (NetSocket discards data while it has no handler) and the send waits for it until it times out.
        // The loop only encodes and speaks SMTP: the workers' sends still overlap on it while each waits for replies.
        this.mailContext = vertx.getOrCreateContext();
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.EMAIL;
    }

    @Override
    public SendResult send(OutgoingMessage message) {
        MailMessage mail = new MailMessage()
                .setFrom(config.email().from())
                .setTo(message.address())
                .setSubject(message.subject())
                .setText(message.text())
                .setHtml(message.html())
                .addHeader("Message-ID", message.messageId());
        if (message.pdf() != null) {
            // Handed over as one buffer: Quarkus' Mailer streams an attachment's byte[] through a Multi byte by byte,
            // which cost more than rendering the PDF, on the one event loop every send runs on.
            mail.setAttachment(List.of(MailAttachment.create()
                    .setName(message.pdfName())
                    .setContentType("application/pdf")
                    .setDisposition("attachment")
                    .setData(Buffer.buffer(message.pdf()))));
        }
        CompletableFuture<Void> sent = new CompletableFuture<>();
        mailContext.runOnContext(ignored -> client.sendMail(mail).onComplete(result -> {
            if (result.succeeded()) {
                sent.complete(null);
            } else {
                sent.completeExceptionally(result.cause());
            }
        }));
        try {
            // A relay that stops answering must not hold the delivery queue: the attempt fails and is retried.
            sent.get(config.email().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new SendResult.Sent(message.messageId());
        } catch (ExecutionException e) {
            return refusal(e.getCause());
        } catch (TimeoutException e) {
            return refusal(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
