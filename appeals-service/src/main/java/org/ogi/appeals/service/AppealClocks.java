package org.ogi.appeals.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ogi.appeals.persistence.AppealDeadlineEntity;
import org.ogi.appeals.persistence.AppealEntity;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;

/**
 * Keeps the appeal clocks and filing checks deadline-service publishes, so legal staff see them here; runs inside
 * the consuming transaction.
 */
@ApplicationScoped
public class AppealClocks {

    private static final Set<ClockKind> APPEAL_CLOCKS = EnumSet.of(
            ClockKind.APPEAL_ANSWER,
            ClockKind.APPEAL_OUTCOME_EXPECTED,
            ClockKind.APPEAL_WINDOW_EXPECTED,
            ClockKind.REMAND_REPLY);

    public static boolean isAppealClock(ClockKey key) {
        return APPEAL_CLOCKS.contains(key.kind());
    }

    /**
     * A scheduled or moved clock of the appeal: its own (keyed by the appeal number) or a remanded case's new reply
     * (keyed by the case, qualified by the appeal number). An unknown appeal is ignored.
     */
    public Uni<Void> scheduled(String key, ClockKey clock, LocalDate startDate, LocalDate dueDate, String basis) {
        AppealDeadlineEntity.Key target = target(key, clock);
        String appealNumber = target.appealNumber();
        String clockId = target.clock();
        boolean duty = clock.kind() == ClockKind.REMAND_REPLY || clock.kind() == ClockKind.APPEAL_ANSWER;
        return AppealEntity.<AppealEntity>findById(appealNumber).chain(appeal -> {
            if (appeal == null) {
                return Uni.createFrom().voidItem();
            }
            return AppealDeadlineEntity.<AppealDeadlineEntity>findById(
                            new AppealDeadlineEntity.Key(appealNumber, clockId))
                    .chain(existing -> {
                        AppealDeadlineEntity row = existing != null ? existing : new AppealDeadlineEntity();
                        row.appealNumber = appealNumber;
                        row.clock = clockId;
                        if (startDate != null) {
                            row.startDate = startDate;
                        }
                        if (basis != null) {
                            row.basis = basis;
                        }
                        row.dueDate = dueDate;
                        row.duty = duty;
                        row.approaching = false;
                        row.breached = false;
                        return existing != null
                                ? Uni.createFrom().voidItem()
                                : row.persist().replaceWithVoid();
                    });
        });
    }

    public Uni<Void> alerted(String key, ClockKey clock, boolean breached) {
        return AppealDeadlineEntity.<AppealDeadlineEntity>findById(target(key, clock))
                .invoke(row -> {
                    if (row != null) {
                        row.approaching = true;
                        row.breached = row.breached || breached;
                    }
                })
                .replaceWithVoid();
    }

    /** Where a published clock is kept: a remanded reply under its appeal, as REMAND_REPLY:<case>. */
    private static AppealDeadlineEntity.Key target(String key, ClockKey clock) {
        return clock.kind() == ClockKind.REMAND_REPLY
                ? new AppealDeadlineEntity.Key(clock.qualifier(), ClockKind.REMAND_REPLY.name() + ":" + key)
                : new AppealDeadlineEntity.Key(key, clock.text());
    }

    public Uni<Void> filingChecked(AppealEvents.FilingChecked check) {
        return AppealEntity.<AppealEntity>findById(check.appealNumber())
                .invoke(appeal -> {
                    if (appeal != null) {
                        appeal.filingRule = check.rule();
                        appeal.filingLastDay = check.lastDay();
                        appeal.filingInTime = check.inTime();
                        appeal.filingFlags = String.join(",", check.flags());
                        appeal.filingExplanation = String.join("\n", check.explanation());
                    }
                })
                .replaceWithVoid();
    }
}
