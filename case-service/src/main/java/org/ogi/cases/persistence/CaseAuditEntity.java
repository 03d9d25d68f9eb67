package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;

/** One step or draft edit of a case; the database refuses to update or delete it. */
@Entity
@Table(name = "case_audit")
public class CaseAuditEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "tracking_number", updatable = false)
    public String trackingNumber;
    @Column(updatable = false)
    public String agency;
    @Column(updatable = false)
    public String action;
    @Column(name = "from_state", updatable = false)
    public String fromState;
    @Column(name = "to_state", updatable = false)
    public String toState;
    @Column(name = "user_id", updatable = false)
    public String userId;
    @Column(name = "user_name", updatable = false)
    public String userName;
    @Column(updatable = false)
    public String role;
    @Column(updatable = false)
    public String reason;
    @Column(updatable = false)
    public String comment;
    @Column(name = "occurred_at", updatable = false)
    public OffsetDateTime occurredAt;
}
