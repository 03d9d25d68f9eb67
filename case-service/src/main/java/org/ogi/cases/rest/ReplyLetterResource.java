package org.ogi.cases.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.ogi.cases.service.ReplyLetters;
import org.ogi.contracts.Roles;
import org.ogi.platform.security.Caller;

/**
 * The letter (告知书) as PDF: an Art. 41 decision letter, the reply letter as sent, the approved, frozen text, or the
 * current draft marked as such.
 */
@Path("/api/cases/{trackingNumber}/reply-letter.pdf")
public class ReplyLetterResource {

    private final Caller caller;
    private final ReplyLetters letters;

    ReplyLetterResource(Caller caller, ReplyLetters letters) {
        this.caller = caller;
        this.letters = letters;
    }

    @GET
    @Produces("application/pdf")
    @RolesAllowed({
        Roles.CASE_OFFICER,
        Roles.REVIEWER,
        Roles.SECRECY_REVIEWER,
        Roles.OGI_OFFICE_HEAD,
        Roles.LEGAL_OFFICER
    })
    public Uni<Response> pdf(@PathParam("trackingNumber") String trackingNumber) {
        return letters.pdf(trackingNumber, Staffs.of(caller))
                .map(pdf -> Response.ok(pdf, "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"" + trackingNumber + "-reply-letter.pdf\"")
                        .build());
    }
}
