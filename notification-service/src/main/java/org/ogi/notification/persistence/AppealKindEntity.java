package org.ogi.notification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The kind of an appeal seen on ogi.appeals, for the notice of a case its decision reopens. */
@Entity
@Table(name = "appeal_kind")
public class AppealKindEntity extends PanacheEntityBase {

    @Id
    public String appealNumber;

    public String kind;
}
