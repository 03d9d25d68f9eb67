package org.ogi.cases.rest;

import java.time.OffsetDateTime;
import org.ogi.cases.service.AuditEntry;

public record AuditView(
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

    static AuditView of(AuditEntry a) {
        return new AuditView(
                a.id(),
                a.action(),
                a.fromState(),
                a.toState(),
                a.userId(),
                a.userName(),
                a.role(),
                a.agency(),
                a.reason(),
                a.comment(),
                a.occurredAt());
    }
}
