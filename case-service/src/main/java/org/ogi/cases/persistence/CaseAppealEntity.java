package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An appeal brought against the case, as appeals-service announced it; {@code reopened} if it ordered a new reply. */
@Entity
@Table(name = "case_appeal")
public class CaseAppealEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String trackingNumber;
    public String appealNumber;
    public String kind;
    public LocalDate filedOn;
    public String outcome;
    public LocalDate decidedOn;
    public String documentNumber;
    public boolean reopened;
}
