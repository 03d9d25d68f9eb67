package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ogi.cases.domain.ConsultationOutcome;
import org.ogi.law.ConsultationKind;

/** A third-party (Art. 32) or other-agency (Art. 34) consultation; open until its outcome is recorded. */
@Entity
@Table(name = "case_consultation")
public class ConsultationEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String trackingNumber;

    @Enumerated(EnumType.STRING)
    public ConsultationKind kind;

    public String party;
    public LocalDate letterSentOn;
    public LocalDate letterReceivedOn;

    @Enumerated(EnumType.STRING)
    public ConsultationOutcome outcome;

    public String grounds;
    public LocalDate answeredOn;
    public LocalDate thirdPartyNotifiedOn;
    public String thirdPartyNoticeInfo;
    public String thirdPartyNoticeReasons;
    public String startedBy;
    public String answeredBy;
}
