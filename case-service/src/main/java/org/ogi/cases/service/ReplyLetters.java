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

    ReplyLetters(CaseReads reads) {
        this.reads = reads;
    }

    public Uni<byte[]> pdf(String trackingNumber, Staff staff) {
        // Rendering takes CPU time, so it runs on a worker once the session is closed.
        return reads.letter(trackingNumber, staff)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(letter -> render(trackingNumber, letter));
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
