package org.ogi.deadline.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;

/** A stored clock event, mapped for reading through HQL; {@link ClockEventLog} appends them. */
@Entity
@Immutable
@Table(name = "clock_event")
public class ClockEventRow {

    @Id
    public Long id;

    public String trackingNumber;
    public String agency;
    public String kind;
    public LocalDate occurredOn;
    public OffsetDateTime recordedAt;
    public String sourceEventId;
    public String payload;
}
