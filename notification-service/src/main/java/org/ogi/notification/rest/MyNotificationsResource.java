package org.ogi.notification.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ogi.contracts.Roles;
import org.ogi.notification.service.NotificationDesk;
import org.ogi.platform.security.Caller;

/**
 * The caller's portal inbox: an applicant's notices (every one, whatever channel also carried it) and a staff
 * member's reminders and tasks (their own and their roles' in their agency).
 */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

    private static final List<String> STAFF_ROLES = List.of(
            Roles.INTAKE_CLERK,
            Roles.CASE_OFFICER,
            Roles.REVIEWER,
            Roles.SECRECY_REVIEWER,
            Roles.OGI_OFFICE_HEAD,
            Roles.LEGAL_OFFICER,
            Roles.OGI_ADMIN);

    private final Caller caller;
    private final NotificationDesk desk;

    MyNotificationsResource(Caller caller, NotificationDesk desk) {
        this.caller = caller;
        this.desk = desk;
    }

    /** How the applicant wants to be reached for one request: EMAIL, SMS, POST or PORTAL (the inbox only). */
    /** The channel as text: read after the ownership check, so another applicant's request is a 404 whatever it says. */
    public record ChannelChoice(
            @Schema(
                    required = true,
                    enumeration = {"EMAIL", "SMS", "POST", "PORTAL"})
            String channel) {}

    public record ChannelChosen(String trackingNumber, String channel) {}

    @GET
    @Path("notifications")
    @RolesAllowed({
        Roles.APPLICANT,
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN
    })
    public Uni<List<NotificationView>> inbox() {
        return desk.inbox(caller.userId(), staffRoles(), caller.agency().orElse(null))
                .map(list ->
                        list.stream().map(n -> NotificationView.of(n, true)).toList());
    }

    @PUT
    @Path("notifications/{id}/read")
    @RolesAllowed({
        Roles.APPLICANT,
        Roles.INTAKE_CLERK,
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER,
        Roles.OGI_ADMIN
    })
    public Uni<NotificationView> markRead(@PathParam("id") String id) {
        return desk.markRead(
                        NotificationResource.uuid(id),
                        caller.userId(),
                        staffRoles(),
                        caller.agency().orElse(null))
                .map(n -> NotificationView.of(n, true));
    }

    @PUT
    @Path("requests/{trackingNumber}/notification-channel")
    @RolesAllowed(Roles.APPLICANT)
    public Uni<ChannelChosen> chooseChannel(@PathParam("trackingNumber") String trackingNumber, ChannelChoice input) {
        return desk.prefer(trackingNumber, caller.userId(), input == null ? null : input.channel())
                .map(c -> new ChannelChosen(c.trackingNumber, c.preferredChannel.name()));
    }

    private Set<String> staffRoles() {
        return Stream.of(STAFF_ROLES.toArray(String[]::new))
                .filter(caller::hasRole)
                .collect(Collectors.toSet());
    }
}
