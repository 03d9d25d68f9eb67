package org.ogi.deadline.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The single row whose version every calendar change bumps. */
@Entity
@Table(name = "calendar_version")
public class CalendarVersionEntity {

    static final int ID = 1;

    @Id
    public int id;

    public long version;
}
