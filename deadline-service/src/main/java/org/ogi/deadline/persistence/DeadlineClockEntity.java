package org.ogi.deadline.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The current derivation of one clock of a case. */
@Entity
@Table(name = "deadline_clock")
@IdClass(DeadlineClockEntity.Key.class)
public class DeadlineClockEntity extends PanacheEntityBase {

    @Id
    @Column(name = "tracking_number")
    public String trackingNumber;
    /** The clock id: its kind, plus the consultation or fee id where a case can have several. */
    @Id
    public String clock;
    public String kind;
    public String agency;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "working_days")
    public int workingDays;
    @Column(name = "due_date")
    public LocalDate dueDate;
    public boolean provisional;
    public String regime;
    /** OPEN (alerted), SUSPENDED (waiting with no known end) or MET. */
    public String state;
    @Column(name = "met_on")
    public LocalDate metOn;
    /** Set by the alert sweep; cleared when the due date moves so the new date is alerted again. */
    @Column(name = "approaching_alerted")
    public boolean approachingAlerted;
    @Column(name = "breached_alerted")
    public boolean breachedAlerted;

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
