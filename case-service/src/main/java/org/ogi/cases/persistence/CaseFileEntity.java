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
    /** Set by every workflow step, so that each step bumps the version. */
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Version
    public long version;
}
