package org.ogi.notification.service;

import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.ogi.notification.domain.Contact;
import org.ogi.notification.domain.DeliveryState;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.persistence.NotificationEntity;
import org.ogi.platform.problem.ProblemException;

/**
 * Applies the SMS gateway's delivery reports (README: SMS contract). A text the provider accepted (SENT, with its
 * id) is then delivered, which is its proof of service, or undelivered, a permanent failure that moves the notice to
 * the next channel (or gives the head of the OGI office a task) like any other. A report repeated changes nothing.
 */
@ApplicationScoped
public class SmsDeliveryReports {

    private static final String FIND =
            "select * from notification where message_id = $1 and channel = 'SMS' " + "for update";

    /** One report: our message id, the provider's id, DELIVERED or UNDELIVERED, when, and why not. */
    public record Report(String id, String providerId, boolean delivered, OffsetDateTime at, String reason) {}

    /** Whether the report changed the notification or repeated one already applied. */
    public enum Applied {
        APPLIED,
        REPEATED
    }

    private final DeliveryOutcomes outcomes;

    SmsDeliveryReports(DeliveryOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    /** Blocking (the relay's SQL client, in a transaction of its own); refusals are problems. */
    public Applied apply(Report report) {
        return outcomes.inTransaction(connection -> {
            NotificationEntity n = DeliveryOutcomes.one(connection, FIND, Tuple.of(report.id()))
                    .filter(found -> found.providerId == null || Objects.equals(found.providerId, report.providerId()))
                    .orElseThrow(() -> ProblemException.notFound(
                            "no text message " + report.id() + " with provider id " + report.providerId()));
            if (n.status == DeliveryState.PENDING) {
                // The relay has not yet marked what the provider accepted: the gateway sends the report again.
                throw ProblemException.conflict("text message " + report.id() + " is still being sent; allowed: retry");
            }
            if (n.providerId == null) {
                throw ProblemException.notFound("text message " + report.id() + " was never accepted by the provider");
            }
            boolean undelivered = n.status == DeliveryState.FAILED;
            if (n.deliveredAt != null || undelivered) {
                if (undelivered != report.delivered()) {
                    return Applied.REPEATED;
                }
                throw ProblemException.conflict("text message " + report.id() + " was already reported "
                        + (undelivered ? "undelivered" : "delivered"));
            }
            if (report.delivered()) {
                outcomes.delivered(connection, n, report.at());
            } else {
                Contact contact = outcomes.contact(connection, n);
                outcomes.failed(
                        connection,
                        n,
                        n.attempts,
                        "短信未送达：" + (report.reason() == null ? "运营商未说明原因" : report.reason()),
                        contact == null ? Optional.empty() : contact.after(NotificationChannel.SMS),
                        contact);
            }
            return Applied.APPLIED;
        });
    }
}
