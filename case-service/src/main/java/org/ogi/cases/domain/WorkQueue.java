package org.ogi.cases.domain;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.ogi.contracts.v1.ClockKind;

/** Work lists per role: which cases, ordered by which clock's due date, and for whom. */
public enum WorkQueue {
    AWAITING_ACCEPTANCE(
            "awaiting-acceptance",
            EnumSet.of(CaseState.RECEIVED, CaseState.CORRECTED),
            ClockKind.REPLY,
            StaffRole.CASE_OFFICER,
            false),
    CORRECTION_RUNNING_OUT(
            "correction-running-out",
            EnumSet.of(CaseState.CORRECTION_REQUESTED),
            ClockKind.CORRECTION_PERIOD,
            StaffRole.CASE_OFFICER,
            false),
    MY_DRAFTS(
            "my-drafts",
            EnumSet.of(
                    CaseState.DRAFTING,
                    CaseState.CONSULTING,
                    CaseState.AWAITING_FEE,
                    CaseState.FEE_NOTICE_RECEIVED,
                    CaseState.AWAITING_REASONS,
                    CaseState.REOPENED),
            ClockKind.REPLY,
            StaffRole.CASE_OFFICER,
            true),
    AWAITING_SECRECY_REVIEW(
            "awaiting-secrecy-review",
            EnumSet.of(CaseState.SECRECY_REVIEW),
            ClockKind.REPLY,
            StaffRole.SECRECY_REVIEWER,
            false),
    AWAITING_APPROVAL("awaiting-approval", EnumSet.of(CaseState.APPROVAL), ClockKind.REPLY, StaffRole.REVIEWER, false),
    AWAITING_DELIVERY(
            "awaiting-delivery",
            EnumSet.of(CaseState.APPROVED, CaseState.REPLIED),
            ClockKind.REPLY,
            StaffRole.CASE_OFFICER,
            false);

    private final String path;
    private final Set<CaseState> states;
    private final ClockKind orderedBy;
    private final StaffRole role;
    private final boolean assignedToCaller;

    WorkQueue(String path, Set<CaseState> states, ClockKind orderedBy, StaffRole role, boolean assignedToCaller) {
        this.path = path;
        this.states = states;
        this.orderedBy = orderedBy;
        this.role = role;
        this.assignedToCaller = assignedToCaller;
    }

    public static Optional<WorkQueue> byPath(String path) {
        for (WorkQueue queue : values()) {
            if (queue.path.equals(path)) {
                return Optional.of(queue);
            }
        }
        return Optional.empty();
    }

    public String path() {
        return path;
    }

    public Set<CaseState> states() {
        return states;
    }

    public ClockKind orderedBy() {
        return orderedBy;
    }

    public StaffRole role() {
        return role;
    }

    /** Only the cases assigned to the caller. */
    public boolean assignedToCaller() {
        return assignedToCaller;
    }
}
