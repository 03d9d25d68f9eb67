package org.ogi.cases.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.ogi.cases.service.ApplicantCases;
import org.ogi.cases.service.ReplyLetters;
import org.ogi.contracts.Roles;
import org.ogi.platform.security.Caller;

/**
 * The applicant's own requests (those submitted with their account): the status in their terms, the reply date
 * with its explanation, and the reply letter once sent. Another applicant's request is not found.
 */
@Path("/api/me/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.APPLICANT)
public class ApplicantCaseResource {

    private final Caller caller;
    private final ApplicantCases applicantCases;
    private final ReplyLetters letters;

    ApplicantCaseResource(Caller caller, ApplicantCases applicantCases, ReplyLetters letters) {
        this.caller = caller;
        this.applicantCases = applicantCases;
        this.letters = letters;
    }

    /**
     * @param status                 RECEIVED, CORRECTION_NEEDED, IN_PROGRESS, ... ({@code statusLabel} in Chinese)
     * @param replyDueDate           null while no reply date runs (see the explanation)
     * @param replyDueExplanation    why the date is what it is, citing the article
     * @param letterAvailable        the reply letter as sent is at {@code reply-letter.pdf}
     */
    public record ApplicantCaseView(
            String trackingNumber,
            String agencyName,
            String informationTitle,
            LocalDate receivedDate,
            String status,
            String statusLabel,
            LocalDate replyDueDate,
            boolean replyDueDateProvisional,
            String replyDueExplanation,
            String replyTypeLabel,
            LocalDate repliedOn,
            LocalDate deliveredOn,
            LocalDate withdrawnOn,
            boolean letterAvailable) {

        static ApplicantCaseView of(ApplicantCases.ApplicantCase c) {
            return new ApplicantCaseView(
                    c.trackingNumber(),
                    c.agencyName(),
                    c.informationTitle(),
                    c.receivedDate(),
                    c.status().name(),
                    c.status().label(),
                    c.replyDue().dueDate(),
                    c.replyDue().provisional(),
                    c.replyDue().explanation(),
                    c.replyTypeLabel(),
                    c.repliedOn(),
                    c.deliveredOn(),
                    c.withdrawnOn(),
                    c.letterAvailable());
        }
    }

    @GET
    public Uni<List<ApplicantCaseView>> mine() {
        return applicantCases
                .mine(caller.userId())
                .map(list -> list.stream().map(ApplicantCaseView::of).toList());
    }

    @GET
    @Path("{trackingNumber}")
    public Uni<ApplicantCaseView> one(@PathParam("trackingNumber") String trackingNumber) {
        return applicantCases.one(trackingNumber, caller.userId()).map(ApplicantCaseView::of);
    }

    /** The reply letter as sent to the applicant; 404 until the reply went out. */
    @GET
    @Path("{trackingNumber}/reply-letter.pdf")
    @Produces("application/pdf")
    public Uni<Response> letter(@PathParam("trackingNumber") String trackingNumber) {
        return letters.applicantPdf(trackingNumber, caller.userId())
                .map(pdf -> Response.ok(pdf, "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"" + trackingNumber + "-reply-letter.pdf\"")
                        .build());
    }
}
