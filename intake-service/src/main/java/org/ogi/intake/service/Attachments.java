package org.ogi.intake.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.function.Predicate;
import org.ogi.intake.domain.AttachmentType;
import org.ogi.intake.persistence.AttachmentEntity;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;

/** Stores scans, fax images and identity document copies with their request, in the database, with a SHA-256. */
@ApplicationScoped
public class Attachments {

    private final Clock clock;

    Attachments(Clock clock) {
        this.clock = clock;
    }

    /** Checks the content before anything is written: empty 400, too large 413, not PDF/JPEG/PNG 415. */
    public static AttachmentType check(byte[] content) {
        if (content == null || content.length == 0) {
            throw ProblemException.invalid("body", "the file is empty");
        }
        if (content.length > AttachmentType.MAX_BYTES) {
            throw new ProblemException(new Problem(
                    ProblemKind.PAYLOAD_TOO_LARGE,
                    "an attachment may have at most " + AttachmentType.MAX_BYTES + " bytes"));
        }
        return AttachmentType.detect(content)
                .orElseThrow(() -> new ProblemException(new Problem(
                        ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                        "only PDF, JPEG and PNG files are accepted (checked from the content)")));
    }

    /** Adds a file to the request, if {@code mayAdd} lets the caller; otherwise the request is not found. */
    @WithTransaction
    public Uni<AttachmentEntity> add(
            String trackingNumber,
            Predicate<InformationRequestEntity> mayAdd,
            String fileName,
            byte[] content,
            String by) {
        AttachmentType type = check(content);
        return InformationRequestEntity.findByTrackingNumber(trackingNumber).chain(request -> {
            if (request == null || !mayAdd.test(request)) {
                throw ProblemException.notFound("request " + trackingNumber + " not found");
            }
            return store(request, type, fileName, content, by);
        });
    }

    private Uni<AttachmentEntity> store(
            InformationRequestEntity request, AttachmentType type, String fileName, byte[] content, String by) {
        AttachmentEntity attachment = new AttachmentEntity();
        attachment.requestId = request.id;
        attachment.fileName = fileName;
        attachment.mediaType = type.mediaType();
        attachment.sizeBytes = content.length;
        attachment.sha256 = sha256(content);
        attachment.content = content;
        attachment.uploadedAt = OffsetDateTime.now(clock);
        attachment.uploadedBy = by;
        return attachment.persist();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
