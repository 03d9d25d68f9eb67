package org.ogi.cases.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.platform.pdf.CjkFont;
import org.ogi.platform.pdf.PdfDocument;

/**
 * The case's letter as PDF: the letter as sent once replied, else the approved, frozen text, or the current draft
 * marked as such (and an Art. 41 decision letter).
 */
@ApplicationScoped
public class ReplyLetters {

    private final CaseReads reads;
    private final ApplicantCases applicantCases;

    ReplyLetters(CaseReads reads, ApplicantCases applicantCases) {
        this.reads = reads;
        this.applicantCases = applicantCases;
    }

    public Uni<byte[]> pdf(String trackingNumber, Staff staff) {
        return rendered(trackingNumber, reads.letter(trackingNumber, staff));
    }

    /** The letter as sent, for the applicant who made the request. */
    public Uni<byte[]> applicantPdf(String trackingNumber, String userId) {
        return rendered(trackingNumber, applicantCases.letter(trackingNumber, userId));
    }

    private Uni<byte[]> rendered(String trackingNumber, Uni<CaseReads.Letter> letter) {
        // Rendering takes CPU time, so it runs on a worker once the session is closed.
        return letter.emitOn(Infrastructure.getDefaultWorkerPool()).map(read -> render(trackingNumber, read));
    }

    private byte[] render(String trackingNumber, CaseReads.Letter letter) {
        String text = letter.text();
        int firstBreak = text.indexOf('\n');
        PdfDocument pdf = PdfDocument.with(CjkFont.shared())
                .title(firstBreak < 0 ? text : text.substring(0, firstBreak))
                .row("申请编号", trackingNumber);
        if (letter.sha256() == null) {
            pdf.row("状态", "草稿（未审批）");
        }
        pdf.paragraph(firstBreak < 0 ? "" : text.substring(firstBreak + 1).strip());
        if (letter.sha256() != null) {
            pdf.row("文本SHA-256", letter.sha256());
        }
        return pdf.toBytes();
    }
}
