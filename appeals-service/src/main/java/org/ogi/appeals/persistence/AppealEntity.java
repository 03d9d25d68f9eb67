package org.ogi.appeals.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "appeal")
public class AppealEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "tracking_number")
    public String trackingNumber;
    public String kind;
    public String status;
    @Column(name = "filed_on")
    public LocalDate filedOn;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
