package org.ogi.appeals.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One appeal and where it stands; its cases, history and clocks are in their own tables. */
@Entity
@Table(name = "appeal")
public class AppealEntity extends PanacheEntityBase {

    @Id
    @Column(name = "appeal_number")
    public String appealNumber;
    public String agency;
    public String kind;
    @Column(name = "non_performance")
    public boolean nonPerformance;
    @Column(name = "follows_appeal")
    public String followsAppeal;
    public String appellant;
    public String forum;
    @Column(name = "forum_file_number")
    public String forumFileNumber;
    public String procedure;
    @Column(name = "filed_on")
    public LocalDate filedOn;
    @Column(name = "copy_received_on")
    public LocalDate copyReceivedOn;
    @Column(name = "accepted_on")
    public LocalDate acceptedOn;
    @Column(name = "knew_on")
    public LocalDate knewOn;
    @Column(name = "act_on")
    public LocalDate actOn;
    @Column(name = "reply_due_date")
    public LocalDate replyDueDate;
    @Column(name = "remedies_told")
    public Boolean remediesTold;
    public String status;
    @Column(name = "answer_drafter")
    public String answerDrafter;
    @Column(name = "answer_text")
    public String answerText;
    /** One referenced document of the case file a line (referenced, not copied). */
    @Column(name = "answer_evidence")
    public String answerEvidence;
    @Column(name = "answer_submitted_on")
    public LocalDate answerSubmittedOn;
    public String outcome;
    @Column(name = "report_column")
    public String reportColumn;
    @Column(name = "decision_form")
    public String decisionForm;
    @Column(name = "decided_on")
    public LocalDate decidedOn;
    @Column(name = "served_on")
    public LocalDate servedOn;
    @Column(name = "document_number")
    public String documentNumber;
    @Column(name = "reply_again")
    public Boolean replyAgain;
    @Column(name = "reply_again_by")
    public LocalDate replyAgainBy;
    @Column(name = "reply_again_working_days")
    public Integer replyAgainWorkingDays;
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;
    @Column(name = "filing_rule")
    public String filingRule;
    @Column(name = "filing_last_day")
    public LocalDate filingLastDay;
    @Column(name = "filing_in_time")
    public Boolean filingInTime;
    /** Comma-separated flags of deadline-service's filing check. */
    @Column(name = "filing_flags")
    public String filingFlags;
    @Column(name = "filing_explanation")
    public String filingExplanation;
    @Version
    public int version;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
