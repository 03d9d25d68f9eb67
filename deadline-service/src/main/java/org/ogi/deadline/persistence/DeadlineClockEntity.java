package org.ogi.deadline.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.deadline.domain.DerivedClock;
import org.ogi.platform.persistence.CaseClockKey;

/** The current derivation of one clock of a case. */
@Entity
@Table(name = "deadline_clock")
@IdClass(CaseClockKey.class)
public class DeadlineClockEntity extends PanacheEntityBase {

    @Id
    public String trackingNumber;
    /** The clock id: its kind, plus the consultation or fee id where a case can have several. */
    @Id
    public String clock;

    @Enumerated(EnumType.STRING)
    public ClockKind kind;

    public String agency;
    public LocalDate startDate;
    public int workingDays;
    public LocalDate dueDate;
    public boolean provisional;
    /** A case clock's reply regime (ReplyRegime's name); an appeal clock's legal basis (e.g. ARL_2023). */
    public String regime;
    /** OPEN (alerted), SUSPENDED (waiting with no known end) or MET. */
    @Enumerated(EnumType.STRING)
    public DerivedClock.State state;

    public LocalDate metOn;
    /** Set by the alert sweep; cleared when the due date moves so the new date is alerted again. */
    public boolean approachingAlerted;

    public boolean breachedAlerted;
}
