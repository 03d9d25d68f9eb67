package org.ogi.intake.rest;

import java.time.OffsetDateTime;
import org.ogi.intake.persistence.AttachmentEntity;

/** An attachment without its content, as listings show it. */
public record AttachmentView(
        Long id,
        String fileName,
        String mediaType,
        int sizeBytes,
        String sha256,
        OffsetDateTime uploadedAt,
        String uploadedBy) {

    static AttachmentView of(AttachmentEntity.Summary a) {
        return new AttachmentView(
                a.id(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256(), a.uploadedAt(), a.uploadedBy());
    }

    static AttachmentView of(AttachmentEntity a) {
        return new AttachmentView(a.id, a.fileName, a.mediaType, a.sizeBytes, a.sha256, a.uploadedAt, a.uploadedBy);
    }
}
