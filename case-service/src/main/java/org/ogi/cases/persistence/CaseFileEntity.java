package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

@Entity
@Table(name = "case_file")
public class CaseFileEntity extends PanacheEntityBase {

    @Id
    @Column(name = "tracking_number")
    public String trackingNumber;
    public String agency;
    public String state;
    @Column(name = "received_date")
    public LocalDate receivedDate;
    @Column(name = "applicant_category")
    public String applicantCategory;
    @Column(name = "opened_at")
    public OffsetDateTime openedAt;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "information_title")
    public String informationTitle;
    public String department;
    @Column(name = "assigned_officer")
    public String assignedOfficer;
    /** One item per line. */
    @Column(name = "correction_items")
    public String correctionItems;
    @Column(name = "correction_period_working_days")
    public Integer correctionPeriodWorkingDays;
    @Column(name = "correction_notice_date")
    public LocalDate correctionNoticeDate;
    @Column(name = "corrected_received_date")
    public LocalDate correctedReceivedDate;
    @Column(name = "extended_working_days")
    public Integer extendedWorkingDays;
    @Column(name = "extension_reason")
    public String extensionReason;
    @Column(name = "extension_approved_by")
    public String extensionApprovedBy;
    @Column(name = "fee_id")
    public String feeId;
    @Column(name = "fee_mode")
    public String feeMode;
    @Column(name = "fee_units")
    public Integer feeUnits;
    @Column(name = "fee_amount")
    public BigDecimal feeAmount;
    @Column(name = "fee_notice_date")
    public LocalDate feeNoticeDate;
    @Column(name = "fee_paid_on")
    public LocalDate feePaidOn;
    /** The table 三 row of the reply, or of the abandonment. */
    @Column(name = "reply_type")
    public String replyType;
    @Column(name = "replied_on")
    public LocalDate repliedOn;
    @Column(name = "reply_delivery_method")
    public String replyDeliveryMethod;
    @Column(name = "delivery_method")
    public String deliveryMethod;
    @Column(name = "delivered_on")
    public LocalDate deliveredOn;
    @Column(name = "delivery_proof")
    public String deliveryProof;
    /** The agency's name as intake's directory gave it, printed on letters. */
    @Column(name = "agency_name")
    public String agencyName;
    /** INFORMATION (Art. 27) or RECORD_CORRECTION (Art. 41). */
    @Column(name = "request_kind")
    public String requestKind;
    /** The applicant's account, for web requests: who may withdraw the request online. */
    @Column(name = "applicant_user_id")
    public String applicantUserId;
    /** Fee measures Art. 4: the applicant's requests in the calendar month, from intake's records. */
    @Column(name = "applicant_requests_in_month")
    public Integer applicantRequestsInMonth;
    @Column(name = "record_to_correct")
    public String recordToCorrect;
    @Column(name = "record_correction_asked")
    public String recordCorrectionAsked;
    /** One item per line. */
    @Column(name = "record_correction_evidence")
    public String recordCorrectionEvidence;
    @Column(name = "extension_told_on")
    public LocalDate extensionToldOn;
    @Column(name = "fee_notice_received_on")
    public LocalDate feeNoticeReceivedOn;
    @Column(name = "reasons_requested_on")
    public LocalDate reasonsRequestedOn;
    @Column(name = "reasons_volume_observed")
    public String reasonsVolumeObserved;
    @Column(name = "reasons_outcome")
    public String reasonsOutcome;
    @Column(name = "reasons_received_on")
    public LocalDate reasonsReceivedOn;
    @Column(name = "reasons_assessment")
    public String reasonsAssessment;
    @Column(name = "reasons_reply_due")
    public LocalDate reasonsReplyDue;
    @Column(name = "reasons_set_by")
    public String reasonsSetBy;
    @Column(name = "reasons_told_on")
    public LocalDate reasonsToldOn;
    @Column(name = "correction_outcome")
    public String correctionOutcome;
    @Column(name = "correction_check_findings")
    public String correctionCheckFindings;
    @Column(name = "correction_competent_agency")
    public String correctionCompetentAgency;
    @Column(name = "correction_agency_contact")
    public String correctionAgencyContact;
    @Column(name = "correction_reasons")
    public String correctionReasons;
    @Column(name = "correction_letter_text")
    public String correctionLetterText;
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;
    @Column(name = "withdrawal_reason")
    public String withdrawalReason;
    @Column(name = "withdrawn_by_applicant")
    public Boolean withdrawnByApplicant;
    /** The appeal whose decision ordered the reply now due (REMAND_REPLY:<appeal>); null before any remand. */
    @Column(name = "remand_appeal")
    public String remandAppeal;
    /** Set by every workflow step, so that each step bumps the version. */
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
