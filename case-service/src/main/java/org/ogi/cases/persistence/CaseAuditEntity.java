package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.Immutable;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.CaseState;

/** One step or draft edit of a case; the database refuses to update or delete it. */
@Entity
@Immutable
@Table(name = "case_audit")
public class CaseAuditEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String trackingNumber;
    public String agency;

    @Enumerated(EnumType.STRING)
    public CaseAction action;

    @Enumerated(EnumType.STRING)
    public CaseState fromState;

    @Enumerated(EnumType.STRING)
    public CaseState toState;

    public String userId;
    public String userName;
    /** The role's token name, as the caller's token carries it. */
    public String role;

    public String reason;
    public String comment;
    public OffsetDateTime occurredAt;
}
