package org.ogi.intake.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Optional;
import org.ogi.intake.domain.MissingContent;
import org.ogi.intake.domain.ReceiptText;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.platform.pdf.CjkFont;
import org.ogi.platform.pdf.PdfDocument;

/** Prints the receipt or acknowledgement of a registered request as a PDF. */
@ApplicationScoped
public class Receipts {

    private final RequestReads reads;
    private final AgencyDirectory directory;

    Receipts(RequestReads reads, AgencyDirectory directory) {
        this.reads = reads;
        this.directory = directory;
    }

    /** A request to print and the directory name of its agency, if the agency has entered one. */
    public record Printed(InformationRequestEntity request, Optional<String> agencyName) {}

    /** The receipt of a request the caller sees, as PDF. */
    public Uni<byte[]> print(String trackingNumber, Requester requester) {
        // Rendering takes CPU time, so it runs on a worker once the session is closed.
        return printable(trackingNumber, requester)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(this::pdf);
    }

    @WithSession
    Uni<Printed> printable(String trackingNumber, Requester requester) {
        return reads.get(trackingNumber, requester)
                .chain(request -> directory
                        .find(request.agency)
                        .map(agency -> new Printed(request, agency.map(AgencyDirectory.Agency::name))));
    }

    public byte[] pdf(Printed printed) {
        InformationRequestEntity r = printed.request();
        ReceiptText.Facts facts = new ReceiptText.Facts(
                printed.agencyName().orElse(r.agency),
                r.trackingNumber,
                r.channel,
                r.receivedDate,
                r.applicantName,
                r.infoTitle,
                r.infoDocumentNumber,
                r.infoDescription,
                Arrays.stream(r.missingContents).map(MissingContent::valueOf).toList());
        PdfDocument document = PdfDocument.with(CjkFont.shared()).title(ReceiptText.title(facts.channel()));
        ReceiptText.rows(facts).forEach(document::row);
        ReceiptText.notes(facts).forEach(document::paragraph);
        return document.toBytes();
    }
}
