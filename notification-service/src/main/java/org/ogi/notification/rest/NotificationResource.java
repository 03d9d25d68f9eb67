package org.ogi.notification.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ogi.contracts.Roles;
import org.ogi.notification.config.NotificationConfig;
import org.ogi.notification.domain.Notice;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;
import org.ogi.notification.domain.SampleNotices;
import org.ogi.notification.service.NoticeDocuments;
import org.ogi.notification.service.NoticeTexts;
import org.ogi.notification.service.NotificationDesk;
import org.ogi.notification.service.Notifications;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;

/** Staff's view of a case's notifications: their state, a resend, the mail room's letters and their receipts. */
@Path("/api/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    private final Caller caller;
    private final Notifications notifications;
    private final NotificationDesk desk;
    private final NoticeDocuments documents;
    private final NoticeTexts texts;
    private final NotificationConfig config;

    NotificationResource(
            Caller caller,
            Notifications notifications,
            NotificationDesk desk,
            NoticeDocuments documents,
            NoticeTexts texts,
            NotificationConfig config) {
        this.caller = caller;
        this.notifications = notifications;
        this.desk = desk;
        this.documents = documents;
        this.texts = texts;
        this.config = config;
    }

    /** A resend, on the notification's channel or {@code channel}. */
    public record Resend(NotificationChannel channel) {}

    /** Proof of service of a posted letter: the registered letter's number and the day it was signed for. */
    public record PostalReceipt(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+")
            String postalTrackingNumber,

            @NotNull LocalDate signedForOn) {}

    /** What a notification says on one channel: for SMS {@code text} is the text message, {@code html} e-mail's. */
    public record Preview(String subject, String text, String html) {}

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
        boolean unmasked = unmasked();
        return notifications
                .ofCase(trackingNumber, caller.staffAgency())
                .map(list ->
                        list.stream().map(n -> NotificationView.of(n, unmasked)).toList());
    }

    @POST
    @Path("{id}/resend")
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.OGI_OFFICE_HEAD})
    public Uni<Response> resend(@PathParam("id") String id, @Valid Resend input) {
        return desk.resend(uuid(id), caller.staffAgency(), input == null ? null : input.channel())
                .map(n -> Response.status(Response.Status.ACCEPTED)
                        .entity(NotificationView.of(n, unmasked()))
                        .build());
    }

    @PUT
    @Path("{id}/postal-receipt")
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER})
    public Uni<NotificationView> postalReceipt(@PathParam("id") String id, @NotNull @Valid PostalReceipt input) {
        return desk.postalReceipt(uuid(id), caller.staffAgency(), input.postalTrackingNumber(), input.signedForOn())
                .map(n -> NotificationView.of(n, unmasked()));
    }

    /** The letters posted on {@code date} in one printable PDF, for the mail room. */
    @GET
    @Path("mail-room.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.OGI_ADMIN})
    public Uni<Response> mailRoom(@QueryParam("date") @NotNull LocalDate date) {
        return desk.mailRoom(caller.staffAgency(), date)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(letters -> {
                    if (letters.isEmpty()) {
                        throw ProblemException.notFound("no letters were posted on " + date);
                    }
                    return Response.ok(documents.batch(letters), "application/pdf")
                            .header("Content-Disposition", "inline; filename=\"mail-room-" + date + ".pdf\"")
                            .build();
                });
    }

    /** The notice as PDF: the e-mail's attachment, or with {@code letter=true} the postal letter. */
    @GET
    @Path("{id}/document.pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.LEGAL_OFFICER})
    public Uni<Response> document(@PathParam("id") String id, @QueryParam("letter") boolean letter) {
        return desk.staffOwned(uuid(id), caller.staffAgency())
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(n -> Response.ok(letter ? documents.letter(n) : documents.attachment(n), "application/pdf")
                        .build());
    }

    /**
     * What the notification says on its channel, or on {@code channel} (what a resend there would send): subject,
     * text, and for e-mail the HTML part.
     */
    @GET
    @Path("{id}/preview")
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.LEGAL_OFFICER})
    public Uni<Preview> preview(@PathParam("id") String id, @QueryParam("channel") NotificationChannel channel) {
        return desk.staffOwned(uuid(id), caller.staffAgency())
                .map(n -> preview(texts.render(n, channel == null ? n.channel : channel)));
    }

    /**
     * The template of {@code kind} for {@code channel} filled with sample case facts, to check its wording before a
     * case needs it; staff kinds go to the inbox and the office mailbox only, so have no SMS or letter (404).
     */
    @GET
    @Path("templates/{kind}/preview")
    @RolesAllowed({Roles.INTAKE_CLERK, Roles.CASE_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.LEGAL_OFFICER, Roles.OGI_ADMIN})
    public Preview templatePreview(
            @PathParam("kind") String kind, @QueryParam("channel") @NotNull NotificationChannel channel) {
        NotificationKind k = kindNamed(kind);
        if (!NoticeTexts.has(k, channel)) {
            throw ProblemException.notFound("no " + channel + " template for the staff notice " + k);
        }
        Notice sample = SampleNotices.of(k, caller.staffAgency());
        String name = k.audience() == NotificationKind.Audience.STAFF ? null : "张三";
        return preview(texts.render(sample, channel, name, null));
    }

    private static Preview preview(NoticeTexts.Rendered text) {
        return new Preview(text.subject(), text.text(), text.html());
    }

    private static NotificationKind kindNamed(String kind) {
        try {
            return NotificationKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("no notice kind " + kind);
        }
    }

    private boolean unmasked() {
        return config.unmaskedRoles().stream().anyMatch(caller::hasRole);
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("notification " + id + " not found");
        }
    }
}
