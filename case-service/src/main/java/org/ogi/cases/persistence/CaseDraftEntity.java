package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.ogi.cases.domain.ReplyContent;
import org.ogi.cases.domain.ReplyType;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** The draft reply of a case and its letter; frozen (approvedBy, letterSha256) once approved. */
@Entity
@Table(name = "case_draft")
public class CaseDraftEntity extends PanacheEntityBase {

    @Id
    @Column(name = "tracking_number")
    public String trackingNumber;
    @Column(name = "reply_type")
    public String replyType;
    @Column(name = "already_published")
    public boolean alreadyPublished;
    @Column(name = "publication_location")
    public String publicationLocation;
    @Column(name = "withheld_ground")
    public String withheldGround;
    @Column(name = "legal_basis")
    public String legalBasis;
    public String reasons;
    @Column(name = "not_this_agency")
    public boolean notThisAgency;
    @Column(name = "responsible_agency")
    public String responsibleAgency;
    @Column(name = "responsible_agency_contact")
    public String responsibleAgencyContact;
    @Column(name = "responsible_agency_unknown")
    public boolean responsibleAgencyUnknown;
    @Column(name = "reconsideration_body")
    public String reconsiderationBody;
    @Column(name = "repeat_of")
    public String repeatOf;
    @Column(name = "special_law")
    public String specialLaw;
    @Column(name = "public_interest_reasons")
    public String publicInterestReasons;
    @Column(name = "letter_text")
    public String letterText;
    @Column(name = "letter_date")
    public LocalDate letterDate;
    @Column(name = "updated_by")
    public String updatedBy;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "approved_by")
    public String approvedBy;
    @Column(name = "approved_at")
    public OffsetDateTime approvedAt;
    @Column(name = "letter_sha256")
    public String letterSha256;
    /** The letter as sent on the day of the reply (issue 10 item 9); null until replied. */
    @Column(name = "sent_letter_text")
    public String sentLetterText;
    @Column(name = "sent_letter_sha256")
    public String sentLetterSha256;

    /** The decision the draft records. */
    public ReplyContent content() {
        return new ReplyContent(ReplyType.valueOf(replyType), alreadyPublished, publicationLocation,
                withheldGround == null ? null : ReplyType.valueOf(withheldGround), legalBasis, reasons, notThisAgency,
                responsibleAgency, responsibleAgencyContact, responsibleAgencyUnknown, reconsiderationBody, repeatOf,
                specialLaw, publicInterestReasons);
    }
}
