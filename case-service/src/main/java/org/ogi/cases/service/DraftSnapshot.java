package org.ogi.cases.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ogi.cases.domain.ReplyContent;
import org.ogi.cases.persistence.CaseDraftEntity;

/**
 * The draft reply and its letter; {@code letterSha256} is set once approved and the text is frozen. The sent letter
 * is the approved one dated the day of the reply (null until replied).
 */
public record DraftSnapshot(
        ReplyContent content,
        String letterText,
        LocalDate letterDate,
        String updatedBy,
        OffsetDateTime updatedAt,
        String approvedBy,
        OffsetDateTime approvedAt,
        String letterSha256,
        String sentLetterText,
        String sentLetterSha256) {

    static DraftSnapshot of(CaseDraftEntity d) {
        return new DraftSnapshot(
                d.content(),
                d.letterText,
                d.letterDate,
                d.updatedBy,
                d.updatedAt,
                d.approvedBy,
                d.approvedAt,
                d.letterSha256,
                d.sentLetterText,
                d.sentLetterSha256);
    }
}
