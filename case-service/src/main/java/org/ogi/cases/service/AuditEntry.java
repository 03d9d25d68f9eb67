package org.ogi.cases.service;

import java.time.OffsetDateTime;
import org.ogi.cases.persistence.CaseAuditEntity;

/** One step or draft edit of a case, as the audit trail recorded it. */
public record AuditEntry(
        long id,
        String action,
        String fromState,
        String toState,
        String userId,
        String userName,
        String role,
        String agency,
        String reason,
        String comment,
        OffsetDateTime occurredAt) {

    static AuditEntry of(CaseAuditEntity a) {
        return new AuditEntry(
                a.id,
                a.action.name(),
                a.fromState.name(),
                a.toState.name(),
                a.userId,
                a.userName,
                a.role,
                a.agency,
                a.reason,
                a.comment,
                a.occurredAt);
    }
}
