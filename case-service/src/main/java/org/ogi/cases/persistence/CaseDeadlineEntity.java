package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The latest due date deadline-service announced for one clock of a case. */
@Entity
@Table(name = "case_deadline")
@IdClass(CaseDeadlineEntity.Key.class)
public class CaseDeadlineEntity extends PanacheEntityBase {

    @Id
    @Column(name = "tracking_number")
    public String trackingNumber;
    @Id
    public String clock;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public boolean provisional;

    public static class Key implements Serializable {
        public String trackingNumber;
        public String clock;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(trackingNumber, key.trackingNumber)
                    && Objects.equals(clock, key.clock);
        }

        @Override
        public int hashCode() {
            return Objects.hash(trackingNumber, clock);
        }
    }
}
