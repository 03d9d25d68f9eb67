package org.ogi.appeals.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What appeals-service knows of a case, from the request, case and deadline events. */
@Entity
@Table(name = "appealable_case")
public class AppealableCaseEntity extends PanacheEntityBase {

    @Id
    @Column(name = "tracking_number")
    public String trackingNumber;
    public String agency;
    @Column(name = "received_date")
    public LocalDate receivedDate;
    @Column(name = "registered_at")
    public OffsetDateTime registeredAt;
    @Column(name = "applicant_name")
    public String applicantName;
    @Column(name = "reply_type")
    public String replyType;
    @Column(name = "reply_outcome_group")
    public String replyOutcomeGroup;
    @Column(name = "replied_on")
    public LocalDate repliedOn;
    @Column(name = "delivered_on")
    public LocalDate deliveredOn;
    @Column(name = "reply_due_date")
    public LocalDate replyDueDate;
    @Column(name = "remedies_told")
    public Boolean remediesTold;
}
