package org.ogi.appeals.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.ogi.appeals.domain.AppealKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "appeal")
public class AppealEntity extends PanacheEntityBase {

    @Id
    public UUID id;
    public String trackingNumber;
    @Enumerated(EnumType.STRING)
    public AppealKind kind;
    public String status;
    public LocalDate filedOn;
    public OffsetDateTime createdAt;
}
