package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ogi.cases.domain.CaseState;
import org.ogi.cases.domain.DeliveryMethod;
import org.ogi.cases.domain.FeeSchedule;
import org.ogi.cases.domain.ReasonsDecision;
import org.ogi.cases.domain.RecordCorrectionDecision;
import org.ogi.cases.domain.ReplyType;
import org.ogi.cases.domain.RequestKind;
import org.ogi.platform.persistence.MultiRowInsert;

@Entity
@Table(name = "case_file")
public class CaseFileEntity extends PanacheEntityBase {

    @Id
    public String trackingNumber;

    public String agency;

    @Enumerated(EnumType.STRING)
    public CaseState state;

    public LocalDate receivedDate;
    public String applicantCategory;
    public OffsetDateTime openedAt;
    public String applicantName;
    public String informationTitle;
    public String department;
    public String assignedOfficer;
    /** One item per line. */
    public String correctionItems;

    public Integer correctionPeriodWorkingDays;
    public LocalDate correctionNoticeDate;
    public LocalDate correctedReceivedDate;
    public Integer extendedWorkingDays;
    public String extensionReason;
    public String extensionApprovedBy;
    public String feeId;

    @Enumerated(EnumType.STRING)
    public FeeSchedule feeMode;

    public Integer feeUnits;
    public BigDecimal feeAmount;
    public LocalDate feeNoticeDate;
    public LocalDate feePaidOn;
    /** The table 三 row of the reply, or of the abandonment. */
    @Enumerated(EnumType.STRING)
    public ReplyType replyType;

    public LocalDate repliedOn;

    @Enumerated(EnumType.STRING)
    public DeliveryMethod replyDeliveryMethod;

    @Enumerated(EnumType.STRING)
    public DeliveryMethod deliveryMethod;

    public LocalDate deliveredOn;
    public String deliveryProof;
    /** The agency's name as intake's directory gave it, printed on letters. */
    public String agencyName;
    /** INFORMATION (Art. 27) or RECORD_CORRECTION (Art. 41). */
    @Enumerated(EnumType.STRING)
    public RequestKind requestKind;
    /** The applicant's account, for web requests: who may withdraw the request online. */
    public String applicantUserId;
    /** Fee measures Art. 4: the applicant's requests in the calendar month, from intake's records. */
    public Integer applicantRequestsInMonth;

    public String recordToCorrect;
    public String recordCorrectionAsked;
    /** One item per line. */
    public String recordCorrectionEvidence;

    public LocalDate extensionToldOn;
    public LocalDate feeNoticeReceivedOn;
    public LocalDate reasonsRequestedOn;
    public String reasonsVolumeObserved;

    @Enumerated(EnumType.STRING)
    public ReasonsDecision.Outcome reasonsOutcome;

    public LocalDate reasonsReceivedOn;
    public String reasonsAssessment;
    public LocalDate reasonsReplyDue;
    public String reasonsSetBy;
    public LocalDate reasonsToldOn;

    @Enumerated(EnumType.STRING)
    public RecordCorrectionDecision.Outcome correctionOutcome;

    public String correctionCheckFindings;
    public String correctionCompetentAgency;
    public String correctionAgencyContact;
    public String correctionReasons;
    public String correctionLetterText;
    public LocalDate withdrawnOn;
    public String withdrawalReason;
    public Boolean withdrawnByApplicant;
    /** The appeal whose decision ordered the reply now due (REMAND_REPLY:<appeal>); null before any remand. */
    public String remandAppeal;
    /** Set by every workflow step, so that each step bumps the version. */
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** The columns a new case has; every other one starts empty (null). */
    private static final MultiRowInsert<CaseFileEntity> INSERT = MultiRowInsert.<CaseFileEntity>into("case_file")
            .set("tracking_number", c -> c.trackingNumber)
            .set("agency", c -> c.agency)
            .set("state", c -> c.state)
            .set("received_date", c -> c.receivedDate)
            .set("applicant_category", c -> c.applicantCategory)
            .set("opened_at", c -> c.openedAt)
            .set("applicant_name", c -> c.applicantName)
            .set("information_title", c -> c.informationTitle)
            .set("agency_name", c -> c.agencyName)
            .set("request_kind", c -> c.requestKind)
            .set("applicant_user_id", c -> c.applicantUserId)
            .set("applicant_requests_in_month", c -> c.applicantRequestsInMonth)
            .set("record_to_correct", c -> c.recordToCorrect)
            .set("record_correction_asked", c -> c.recordCorrectionAsked)
            .set("record_correction_evidence", c -> c.recordCorrectionEvidence)
            .set("version", c -> c.version);

    /**
     * Inserts new cases with one statement in the caller's transaction, instead of persisting them: a new case is not
     * used again in that transaction, and Hibernate's persist and flush cost more CPU than the insert itself.
     */
    public static Uni<Void> insertAll(List<CaseFileEntity> cases) {
        return Panache.getSession()
                .chain(session -> INSERT.execute(session, cases))
                .replaceWithVoid();
    }
}
