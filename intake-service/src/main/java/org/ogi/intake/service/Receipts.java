package org.ogi.intake.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.MissingContent;
import org.ogi.intake.domain.ReceiptText;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.platform.pdf.CjkFont;
import org.ogi.platform.pdf.PdfDocument;

import java.util.Arrays;

/** Prints the receipt or acknowledgement of a registered request as a PDF. */
@ApplicationScoped
public class Receipts {

    private volatile CjkFont font;

    public byte[] pdf(InformationRequestEntity r) {
        ReceiptText.Facts facts = new ReceiptText.Facts(r.agency, r.trackingNumber, Channel.valueOf(r.channel),
                r.receivedDate, r.applicantName, r.infoTitle, r.infoDocumentNumber, r.infoDescription,
                Arrays.stream(r.missingContents).map(MissingContent::valueOf).toList());
        PdfDocument document = PdfDocument.with(font()).title(ReceiptText.title(facts.channel()));
        ReceiptText.rows(facts).forEach(document::row);
        ReceiptText.notes(facts).forEach(document::paragraph);
        return document.toBytes();
    }

    /** Located on first use, so a service without receipts to print starts without the font. */
    private CjkFont font() {
        if (font == null) {
            font = CjkFont.locate();
        }
        return font;
    }
}
