package org.ogi.appeals.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.appeals.persistence.AppealDeadlineEntity;
import org.ogi.appeals.persistence.AppealEntity;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps the appeal clocks and filing checks deadline-service publishes, so legal staff see them here; runs inside
 * the consuming transaction.
 */
@ApplicationScoped
public class AppealClocks {

    private static final Set<ClockKind> APPEAL_CLOCKS = EnumSet.of(ClockKind.APPEAL_ANSWER,
            ClockKind.APPEAL_OUTCOME_EXPECTED, ClockKind.APPEAL_WINDOW_EXPECTED);

    public static boolean isAppealClock(ClockKey key) {
        return APPEAL_CLOCKS.contains(key.kind());
    }

    /** A scheduled or moved appeal clock; an unknown appeal (another service's test data) is ignored. */
    public Uni<Void> scheduled(String appealNumber, ClockKey clock, LocalDate startDate, LocalDate dueDate,
            String basis) {
        return AppealEntity.<AppealEntity>findById(appealNumber).chain(appeal -> {
            if (appeal == null) {
                return Uni.createFrom().voidItem();
            }
            return AppealDeadlineEntity.<AppealDeadlineEntity>findById(new AppealDeadlineEntity.Key(appealNumber,
                    clock.text())).chain(existing -> {
                        AppealDeadlineEntity row = existing != null ? existing : new AppealDeadlineEntity();
                        row.appealNumber = appealNumber;
                        row.clock = clock.text();
                        if (startDate != null) {
                            row.startDate = startDate;
                        }
                        if (basis != null) {
                            row.basis = basis;
                        }
                        row.dueDate = dueDate;
                        row.duty = clock.kind() == ClockKind.APPEAL_ANSWER;
                        row.approaching = false;
                        row.breached = false;
                        return existing != null ? Uni.createFrom().voidItem() : row.persist().replaceWithVoid();
                    });
        });
    }

    public Uni<Void> alerted(String appealNumber, ClockKey clock, boolean breached) {
        return AppealDeadlineEntity.<AppealDeadlineEntity>findById(new AppealDeadlineEntity.Key(appealNumber,
                clock.text())).invoke(row -> {
                    if (row != null) {
                        row.approaching = true;
                        row.breached = row.breached || breached;
                    }
                }).replaceWithVoid();
    }

    public Uni<Void> filingChecked(AppealEvents.FilingChecked check) {
        return AppealEntity.<AppealEntity>findById(check.appealNumber()).invoke(appeal -> {
            if (appeal != null) {
                appeal.filingRule = check.rule();
                appeal.filingLastDay = check.lastDay();
                appeal.filingInTime = check.inTime();
                appeal.filingFlags = String.join(",", check.flags());
                appeal.filingExplanation = String.join("\n", check.explanation());
            }
        }).replaceWithVoid();
    }
}
