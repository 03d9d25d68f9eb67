package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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
    @Version
    public long version;
}
