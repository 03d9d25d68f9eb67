package org.ogi.appeals.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.ogi.appeals.domain.AppealAction;

/** One entry of an appeal's append-only history. */
@Entity
@Table(name = "appeal_history")
public class AppealHistoryEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String appealNumber;
    public OffsetDateTime at;
    public String actor;

    @Enumerated(EnumType.STRING)
    public AppealAction action;

    public String detail;
}
