package org.ogi.cases.rest;

import org.ogi.cases.domain.ReplyType;
import org.ogi.cases.persistence.CaseDraftEntity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The draft reply and its letter; {@code letterSha256} is set once approved and the text is frozen. */
public record DraftView(String replyType, String outcomeGroup, String replyTypeLabel, boolean alreadyPublished,
        String publicationLocation, String withheldGround, String legalBasis, String reasons, boolean notThisAgency,
        String responsibleAgency, String responsibleAgencyContact, boolean responsibleAgencyUnknown,
        String reconsiderationBody, String letterText, LocalDate letterDate, String updatedBy,
        OffsetDateTime updatedAt, String approvedBy, OffsetDateTime approvedAt, String letterSha256) {

    public static DraftView of(CaseDraftEntity d) {
        ReplyType type = ReplyType.valueOf(d.replyType);
        return new DraftView(d.replyType, type.group().name(), type.label(), d.alreadyPublished,
                d.publicationLocation, d.withheldGround, d.legalBasis, d.reasons, d.notThisAgency,
                d.responsibleAgency, d.responsibleAgencyContact, d.responsibleAgencyUnknown, d.reconsiderationBody,
                d.letterText, d.letterDate, d.updatedBy, d.updatedAt, d.approvedBy, d.approvedAt, d.letterSha256);
    }
}
