package org.ogi.appeals.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
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
    public String trackingNumber;

    public String agency;
    /** The agency's name from intake's directory (RequestReceived.agencyName); null in events before it. */
    public String agencyName;

    public LocalDate receivedDate;
    public OffsetDateTime registeredAt;
    public String applicantName;
    public String replyType;
    /** The reply's table 三 label (e.g. 属于国家秘密); null in events before it was added. */
    public String replyTypeLabel;

    public String replyOutcomeGroup;
    public LocalDate repliedOn;
    public LocalDate deliveredOn;
    public LocalDate replyDueDate;
    public Boolean remediesTold;
}
