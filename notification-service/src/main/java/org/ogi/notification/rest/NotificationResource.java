package org.ogi.notification.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.ogi.notification.persistence.NotificationEntity;
import org.ogi.notification.service.Notifications;
import org.ogi.platform.security.Caller;
import org.ogi.platform.security.Roles;

@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final Caller caller;
    private final Notifications notifications;

    NotificationResource(Caller caller, Notifications notifications) {
        this.caller = caller;
        this.notifications = notifications;
    }

    public record NotificationView(
            UUID id,
            String trackingNumber,
            String agency,
            String kind,
            String channel,
            String recipient,
            String subject,
            String body,
            String status,
            OffsetDateTime createdAt) {

        static NotificationView of(NotificationEntity n) {
            return new NotificationView(
                    n.id,
                    n.trackingNumber,
                    n.agency,
                    n.kind.name(),
                    n.channel.name(),
                    n.recipient,
                    n.subject,
                    n.body,
                    n.status,
                    n.createdAt);
        }
    }

    /** The notifications of one case, oldest first; staff see their own agency's only. */
    @GET
    @RolesAllowed({
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN
    })
    public Uni<List<NotificationView>> forCase(@QueryParam("trackingNumber") @NotBlank String trackingNumber) {
        return notifications
                .ofCase(trackingNumber, caller.staffAgency())
                .map(list -> list.stream().map(NotificationView::of).toList());
    }
}
