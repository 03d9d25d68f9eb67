package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ogi.cases.domain.ReplyContent;
import org.ogi.cases.domain.ReplyType;

/** The draft reply of a case and its letter; frozen (approvedBy, letterSha256) once approved. */
@Entity
@Table(name = "case_draft")
public class CaseDraftEntity extends PanacheEntityBase {

    @Id
    public String trackingNumber;

    @Enumerated(EnumType.STRING)
    public ReplyType replyType;

    public boolean alreadyPublished;
    public String publicationLocation;

    @Enumerated(EnumType.STRING)
    public ReplyType withheldGround;

    public String legalBasis;
    public String reasons;
    public boolean notThisAgency;
    public String responsibleAgency;
    public String responsibleAgencyContact;
    public boolean responsibleAgencyUnknown;
    public String reconsiderationBody;
    public String repeatOf;
    public String specialLaw;
    public String publicInterestReasons;
    public String letterText;
    public LocalDate letterDate;
    public String updatedBy;
    public OffsetDateTime updatedAt;
    public String approvedBy;
    public OffsetDateTime approvedAt;
    public String letterSha256;
    /** The letter as sent on the day of the reply (issue 10 item 9); null until replied. */
    public String sentLetterText;

    public String sentLetterSha256;

    /** The decision the draft records. */
    public ReplyContent content() {
        return new ReplyContent(
                replyType,
                alreadyPublished,
                publicationLocation,
                withheldGround,
                legalBasis,
                reasons,
                notThisAgency,
                responsibleAgency,
                responsibleAgencyContact,
                responsibleAgencyUnknown,
                reconsiderationBody,
                repeatOf,
                specialLaw,
                publicInterestReasons);
    }
}
