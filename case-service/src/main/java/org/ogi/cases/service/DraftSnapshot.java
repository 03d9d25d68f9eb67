package org.ogi.cases.service;

import org.ogi.cases.domain.ReplyContent;
import org.ogi.cases.domain.ReplyType;
import org.ogi.cases.persistence.CaseDraftEntity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The draft reply and its letter; {@code letterSha256} is set once approved and the text is frozen. */
public record DraftSnapshot(ReplyContent content, String letterText, LocalDate letterDate, String updatedBy,
        OffsetDateTime updatedAt, String approvedBy, OffsetDateTime approvedAt, String letterSha256) {

    static DraftSnapshot of(CaseDraftEntity d) {
        ReplyContent content = new ReplyContent(ReplyType.valueOf(d.replyType), d.alreadyPublished,
                d.publicationLocation, d.withheldGround == null ? null : ReplyType.valueOf(d.withheldGround),
                d.legalBasis, d.reasons, d.notThisAgency, d.responsibleAgency, d.responsibleAgencyContact,
                d.responsibleAgencyUnknown, d.reconsiderationBody);
        return new DraftSnapshot(content, d.letterText, d.letterDate, d.updatedBy, d.updatedAt, d.approvedBy,
                d.approvedAt, d.letterSha256);
    }
}
