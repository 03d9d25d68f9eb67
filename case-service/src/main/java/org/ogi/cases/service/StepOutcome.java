package org.ogi.cases.service;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import java.util.ArrayList;
import java.util.List;
import org.ogi.platform.outbox.Outbox;

/**
 * What a step recorded beyond the state change, for {@link StepExecutor} to store in the step's transaction.
 *
 * @param reason  the audit row's reason; may be null
 * @param event   the event announcing the step; null for steps that announce nothing (draft edits)
 * @param created rows the step adds beside the case file (a consultation, the first draft)
 */
public record StepOutcome(String reason, Outbox.Entry<?> event, List<PanacheEntityBase> created) {

    public StepOutcome {
        created = List.copyOf(created);
    }

    static StepOutcome announcing(Outbox.Entry<?> event) {
        return new StepOutcome(null, event, List.of());
    }

    static StepOutcome silent() {
        return new StepOutcome(null, null, List.of());
    }

    StepOutcome because(String why) {
        return new StepOutcome(why, event, created);
    }

    StepOutcome creating(PanacheEntityBase row) {
        List<PanacheEntityBase> rows = new ArrayList<>(created);
        rows.add(row);
        return new StepOutcome(reason, event, rows);
    }
}
