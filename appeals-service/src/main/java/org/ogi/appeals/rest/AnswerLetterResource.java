package org.ogi.appeals.rest;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.ogi.appeals.domain.AnswerLetter;
import org.ogi.appeals.service.AppealReads;
import org.ogi.contracts.Roles;
import org.ogi.platform.pdf.CjkFont;
import org.ogi.platform.pdf.PdfDocument;
import org.ogi.platform.security.Caller;

/** The answer (答复书) or defence (答辩状) as a Chinese PDF (issue 13 item 10). */
@Path("/api/appeals/{number}/answer.pdf")
public class AnswerLetterResource {

    private final Caller caller;
    private final AppealReads reads;

    AnswerLetterResource(Caller caller, AppealReads reads) {
        this.caller = caller;
        this.reads = reads;
    }

    @GET
    @Produces("application/pdf")
    @RolesAllowed({Roles.LEGAL_OFFICER, Roles.OGI_OFFICE_HEAD, Roles.REVIEWER})
    public Uni<Response> pdf(@PathParam("number") String number) {
        // Rendering takes CPU time, so it runs on a worker, not on the event loop.
        return reads.letterFacts(caller.staffAgency(), number)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(facts -> {
                    AnswerLetter.Letter letter = AnswerLetter.compose(facts);
                    PdfDocument pdf = PdfDocument.with(CjkFont.shared()).title(letter.title());
                    letter.rows().forEach(pdf::row);
                    letter.paragraphs().forEach(pdf::paragraph);
                    return Response.ok(pdf.toBytes(), "application/pdf")
                            .header("Content-Disposition", "inline; filename=\"" + number + "-answer.pdf\"")
                            .build();
                });
    }
}
