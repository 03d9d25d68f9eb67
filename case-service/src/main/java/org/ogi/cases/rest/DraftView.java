package org.ogi.cases.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ogi.cases.domain.ReplyContent;
import org.ogi.cases.service.DraftSnapshot;

/**
 * The draft reply and its letter; {@code letterSha256} is set once approved and the text is frozen.
 * {@code sentLetterText} is the letter as sent, dated the day of the reply with that day's remedies.
 */
public record DraftView(
        String replyType,
        String outcomeGroup,
        String replyTypeLabel,
        boolean alreadyPublished,
        String publicationLocation,
        String withheldGround,
        String legalBasis,
        String reasons,
        boolean notThisAgency,
        String responsibleAgency,
        String responsibleAgencyContact,
        boolean responsibleAgencyUnknown,
        String reconsiderationBody,
        String repeatOf,
        String specialLaw,
        String publicInterestReasons,
        String letterText,
        LocalDate letterDate,
        String updatedBy,
        OffsetDateTime updatedAt,
        String approvedBy,
        OffsetDateTime approvedAt,
        String letterSha256,
        String sentLetterText,
        String sentLetterSha256) {

    static DraftView of(DraftSnapshot d) {
        ReplyContent c = d.content();
        return new DraftView(
                c.type().name(),
                c.type().group().name(),
                c.type().label(),
                c.alreadyPublished(),
                c.publicationLocation(),
                c.withheldGround() == null ? null : c.withheldGround().name(),
                c.legalBasis(),
                c.reasons(),
                c.notThisAgency(),
                c.responsibleAgency(),
                c.responsibleAgencyContact(),
                c.responsibleAgencyUnknown(),
                c.reconsiderationBody(),
                c.repeatOf(),
                c.specialLaw(),
                c.publicInterestReasons(),
                d.letterText(),
                d.letterDate(),
                d.updatedBy(),
                d.updatedAt(),
                d.approvedBy(),
                d.approvedAt(),
                d.letterSha256(),
                d.sentLetterText(),
                d.sentLetterSha256());
    }
}
