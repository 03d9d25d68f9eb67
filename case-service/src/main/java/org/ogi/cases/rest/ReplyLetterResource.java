package org.ogi.cases.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.ogi.cases.service.CaseReads;
import org.ogi.platform.pdf.CjkFont;
import org.ogi.platform.pdf.PdfDocument;
import org.ogi.platform.security.Caller;
import org.ogi.platform.security.Roles;

/**
 * The letter (告知书) as PDF: an Art. 41 decision letter, the reply letter as sent, the approved, frozen text, or the
 * current draft marked as such.
 */
@Path("/api/cases/{trackingNumber}/reply-letter.pdf")
public class ReplyLetterResource {

    private final Caller caller;
    private final CaseReads reads;
    private volatile CjkFont font;

    ReplyLetterResource(Caller caller, CaseReads reads) {
        this.caller = caller;
        this.reads = reads;
    }

    @GET
    @Produces("application/pdf")
    @RolesAllowed({Roles.CASE_OFFICER, Roles.REVIEWER, Roles.SECRECY_REVIEWER, Roles.OGI_OFFICE_HEAD,
            Roles.LEGAL_OFFICER})
    public Uni<Response> pdf(@PathParam("trackingNumber") String trackingNumber) {
        return reads.letter(trackingNumber, Staffs.of(caller)).map(letter -> {
            String text = letter.text();
            int firstBreak = text.indexOf('\n');
            PdfDocument pdf = PdfDocument.with(font())
                    .title(firstBreak < 0 ? text : text.substring(0, firstBreak))
                    .row("申请编号", trackingNumber);
            if (letter.sha256() == null) {
                pdf.row("状态", "草稿（未审批）");
            }
            pdf.paragraph(firstBreak < 0 ? "" : text.substring(firstBreak + 1).strip());
            if (letter.sha256() != null) {
                pdf.row("文本SHA-256", letter.sha256());
            }
            return Response.ok(pdf.toBytes(), "application/pdf")
                    .header("Content-Disposition", "inline; filename=\"" + trackingNumber + "-reply-letter.pdf\"")
                    .build();
        });
    }

    /** Located on first use, so a host without a CJK font fails only this endpoint. */
    private CjkFont font() {
        if (font == null) {
            font = CjkFont.locate();
        }
        return font;
    }
}
