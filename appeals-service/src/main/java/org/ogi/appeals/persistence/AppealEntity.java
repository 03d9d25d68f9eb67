package org.ogi.appeals.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ogi.appeals.domain.AppealStatus;
import org.ogi.appeals.domain.Outcome;
import org.ogi.appeals.domain.ReportColumn;
import org.ogi.law.AppealKind;
import org.ogi.law.AppealProcedure;

/** One appeal and where it stands; its cases, history and clocks are in their own tables. */
@Entity
@Table(name = "appeal")
public class AppealEntity extends PanacheEntityBase {

    @Id
    public String appealNumber;

    public String agency;

    @Enumerated(EnumType.STRING)
    public AppealKind kind;

    public boolean nonPerformance;
    public String followsAppeal;
    public String appellant;
    public String forum;
    public String forumFileNumber;

    @Enumerated(EnumType.STRING)
    public AppealProcedure procedure;

    public LocalDate filedOn;
    public LocalDate copyReceivedOn;
    public LocalDate acceptedOn;
    public LocalDate knewOn;
    public LocalDate actOn;
    public LocalDate replyDueDate;
    public Boolean remediesTold;

    @Enumerated(EnumType.STRING)
    public AppealStatus status;

    public String answerDrafter;
    public String answerText;
    /** One referenced document of the case file a line (referenced, not copied). */
    public String answerEvidence;

    public LocalDate answerSubmittedOn;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    public ReportColumn reportColumn;

    public String decisionForm;
    public LocalDate decidedOn;
    public LocalDate servedOn;
    public String documentNumber;
    public Boolean replyAgain;
    public LocalDate replyAgainBy;
    public Integer replyAgainWorkingDays;
    /** The body's extension of its decision period (ARL 2023 Art. 62 ¶1), null while not extended. */
    public Integer decisionPeriodExtensionDays;

    public LocalDate decisionPeriodExtendedOn;
    public LocalDate withdrawnOn;
    public String filingRule;
    public LocalDate filingLastDay;
    public Boolean filingInTime;
    /** Comma-separated flags of deadline-service's filing check. */
    public String filingFlags;

    public String filingExplanation;

    @Version
    public int version;

    public OffsetDateTime createdAt;
}
