package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A third-party (Art. 32) or other-agency (Art. 34) consultation; open until its outcome is recorded. */
@Entity
@Table(name = "case_consultation")
public class ConsultationEntity extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "tracking_number")
    public String trackingNumber;
    public String kind;
    public String party;
    @Column(name = "letter_sent_on")
    public LocalDate letterSentOn;
    @Column(name = "letter_received_on")
    public LocalDate letterReceivedOn;
    public String outcome;
    public String grounds;
    @Column(name = "answered_on")
    public LocalDate answeredOn;
    @Column(name = "third_party_notified_on")
    public LocalDate thirdPartyNotifiedOn;
    @Column(name = "third_party_notice_info")
    public String thirdPartyNoticeInfo;
    @Column(name = "third_party_notice_reasons")
    public String thirdPartyNoticeReasons;
    @Column(name = "started_by")
    public String startedBy;
    @Column(name = "answered_by")
    public String answeredBy;
}
