package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ogi.cases.domain.DeliveryMethod;
import org.ogi.cases.domain.ReplyType;

/** A reply a decision ordered to be made again: kept as approved and as sent, never changed. */
@Entity
@Table(name = "case_earlier_reply")
public class CaseEarlierReplyEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(updatable = false)
    public String trackingNumber;

    @Column(updatable = false)
    public String reopenedByAppeal;

    @Column(updatable = false)
    @Enumerated(EnumType.STRING)
    public ReplyType replyType;

    @Column(updatable = false)
    public String legalBasis;

    @Column(updatable = false)
    public String reasons;

    @Column(updatable = false)
    public LocalDate repliedOn;

    @Column(updatable = false)
    @Enumerated(EnumType.STRING)
    public DeliveryMethod replyDeliveryMethod;

    @Column(updatable = false)
    public LocalDate deliveredOn;

    @Column(updatable = false)
    public String deliveryProof;

    @Column(updatable = false)
    public String letterText;

    @Column(updatable = false)
    public LocalDate letterDate;

    @Column(name = "letter_sha256", updatable = false)
    public String letterSha256;

    @Column(updatable = false)
    public String approvedBy;

    @Column(updatable = false)
    public OffsetDateTime approvedAt;

    @Column(updatable = false)
    public String sentLetterText;

    @Column(name = "sent_letter_sha256", updatable = false)
    public String sentLetterSha256;

    @Column(updatable = false)
    public OffsetDateTime recordedAt;
}
