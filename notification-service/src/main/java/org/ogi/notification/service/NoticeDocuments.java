package org.ogi.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.ogi.notification.domain.NotificationChannel;
import org.ogi.notification.domain.NotificationKind;
import org.ogi.notification.persistence.NotificationEntity;
import org.ogi.platform.pdf.CjkFont;
import org.ogi.platform.pdf.PdfDocument;

/**
 * Notices as A4 Chinese PDFs: the attachment of an e-mail and, with the applicant's address block, the letter the
 * mail room posts. The reply is the letter as sent (from the event), so the applicant gets the very text approved.
 */
@ApplicationScoped
public class NoticeDocuments {

    private final NoticeTexts texts;

    NoticeDocuments(NoticeTexts texts) {
        this.texts = texts;
    }

    public byte[] attachment(NotificationEntity n) {
        return document(n, false).toBytes();
    }

    /** The postal letter: address block, then the notice. */
    public byte[] letter(NotificationEntity n) {
        return document(n, true).toBytes();
    }

    public String fileName(NotificationEntity n) {
        return (n.kind == NotificationKind.REPLY ? "答复书-" : "通知-") + n.trackingNumber + ".pdf";
    }

    /** The day's letters in one PDF for the mail room, in the order given. */
    public byte[] batch(List<NotificationEntity> letters) {
        PDFMergerUtility merger = new PDFMergerUtility();
        try (PDDocument merged = new PDDocument()) {
            for (NotificationEntity n : letters) {
                try (PDDocument one = Loader.loadPDF(letter(n))) {
                    merger.appendDocument(merged, one);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            merged.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot merge the day's letters", e);
        }
    }

    private PdfDocument document(NotificationEntity n, boolean addressBlock) {
        PdfDocument pdf = PdfDocument.with(CjkFont.shared());
        if (addressBlock) {
            pdf.row("收件地址", n.recipient).row("收件人", addressee(n)).paragraph("");
        }
        if (n.kind == NotificationKind.REPLY && n.letterText != null) {
            String text = n.letterText;
            int firstBreak = text.indexOf('\n');
            pdf.title(firstBreak < 0 ? text : text.substring(0, firstBreak))
                    .row("申请编号", n.trackingNumber)
                    .paragraph(
                            firstBreak < 0 ? "" : text.substring(firstBreak + 1).strip());
        } else {
            // The letter's wording, whichever channel carries it (an e-mail attaches the letter as sent by post).
            NoticeTexts.Rendered letter = texts.render(
                    n, NoticeTexts.has(n.kind, NotificationChannel.POST) ? NotificationChannel.POST : n.channel);
            pdf.title(letter.subject()).row("申请编号", n.trackingNumber).paragraph(letter.text());
        }
        return pdf;
    }

    /** The applicant's name; on a row from before names were kept, the salutation line ("张三：") of its text. */
    private static String addressee(NotificationEntity n) {
        if (n.addressee != null && !n.addressee.isBlank()) {
            return n.addressee;
        }
        String body = n.body == null ? "" : n.body;
        int colon = body.indexOf('：');
        return colon > 0 && colon < 40 ? body.substring(0, colon) : "申请人";
    }
}
