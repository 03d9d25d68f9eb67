package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ogi.platform.persistence.CaseClockKey;

/** The latest due date deadline-service announced for one clock of a case. */
@Entity
@Table(name = "case_deadline")
@IdClass(CaseClockKey.class)
public class CaseDeadlineEntity extends PanacheEntityBase {

    @Id
    public String trackingNumber;

    @Id
    public String clock;

    public LocalDate dueDate;
    public boolean provisional;
}
