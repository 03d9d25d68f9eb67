package org.ogi.appeals.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;

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
}
