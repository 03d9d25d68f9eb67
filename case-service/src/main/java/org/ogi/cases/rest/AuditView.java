package org.ogi.cases.rest;

import org.ogi.cases.persistence.CaseAuditEntity;

import java.time.OffsetDateTime;

public record AuditView(long id, String action, String fromState, String toState, String userId, String userName,
        String role, String agency, String reason, String comment, OffsetDateTime occurredAt) {

    public static AuditView of(CaseAuditEntity a) {
        return new AuditView(a.id, a.action, a.fromState, a.toState, a.userId, a.userName, a.role, a.agency, a.reason,
                a.comment, a.occurredAt);
    }
}
