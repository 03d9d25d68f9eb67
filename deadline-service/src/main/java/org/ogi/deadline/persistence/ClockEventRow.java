package org.ogi.deadline.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored clock event, mapped for reading through HQL; {@link ClockEventLog} appends them. */
@Entity
@Immutable
@Table(name = "clock_event")
public class ClockEventRow {

    @Id
    public Long id;
    @Column(name = "tracking_number")
    public String trackingNumber;
    public String agency;
    public String kind;
    @Column(name = "occurred_on")
    public LocalDate occurredOn;
    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;
    @Column(name = "source_event_id")
    public String sourceEventId;
    public String payload;
}
