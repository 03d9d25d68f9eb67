package org.ogi.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.CaseWorkflow;
import org.ogi.cases.domain.WorkflowRefusal;
import org.ogi.cases.persistence.CaseAuditEntity;
import org.ogi.cases.persistence.CaseCommandEntity;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.cases.persistence.CaseRepository;
import org.ogi.cases.persistence.LoadedCase;
import org.ogi.platform.outbox.Outbox;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;

/**
 * The one way a workflow step is taken. In one transaction: the repeat check of the Idempotency-Key, the version
 * check, the workflow's decision, the step's own facts, the new state, the audit row, the event (through the
 * outbox) and the key; a refusal or a lost race becomes the problem the client sees.
 */
@ApplicationScoped
public class StepExecutor {

    private static final Logger LOG = Logger.getLogger(StepExecutor.class);

    /** A step's own part: validate its input, record its facts on the case, say what it recorded. */
    @FunctionalInterface
    public interface Step {
        StepOutcome take(StepContext step);
    }

    private final CaseRepository cases;
    private final CaseReads reads;
    private final Outbox outbox;
    private final Clock clock;

    StepExecutor(CaseRepository cases, CaseReads reads, Outbox outbox, Clock clock) {
        this.cases = cases;
        this.reads = reads;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<CaseSnapshot> run(CaseCommand command, Staff staff, CaseAction action, Step step) {
        return reads.find(command.trackingNumber(), staff)
                .chain(caseFile -> alreadyDone(command, action)
                        .chain(repeat -> cases.load(caseFile).chain(loaded -> {
                            if (repeat) {
                                LOG.infof(
                                        "%s with idempotency key %s was already taken",
                                        action, command.idempotencyKey());
                                return Uni.createFrom().item(reads.snapshot(loaded, staff));
                            }
                            if (command.expectedVersion() != null && command.expectedVersion() != caseFile.version) {
                                throw stale(loaded, staff, command.expectedVersion());
                            }
                            OffsetDateTime now = OffsetDateTime.now(clock);
                            CaseWorkflow.Transition transition = decide(loaded, action, staff, now);
                            StepContext context = new StepContext(loaded, transition, command, staff, now);
                            StepOutcome outcome = step.take(context);
                            return record(context, outcome)
                                    .chain(() -> Panache.getSession().chain(session -> session.flush()))
                                    // A concurrent repeat of the same Idempotency-Key loses the race for its key row.
                                    .onFailure(ConstraintViolationException.class)
                                    .transform(e -> ProblemException.conflict(
                                            "the same request is being processed; reload the case"))
                                    .invoke(() -> LOG.infof(
                                            "%s: %s -> %s by %s",
                                            action, transition.from(), transition.to(), staff.userId()))
                                    .chain(() -> cases.load(caseFile))
                                    .map(after -> reads.snapshot(after, staff));
                        })));
    }

    private Uni<Void> record(StepContext context, StepOutcome outcome) {
        CaseFileEntity caseFile = context.caseFile();
        Uni<Void> created = Uni.createFrom().voidItem();
        for (PanacheEntityBase row : outcome.created()) {
            created = created.chain(() -> row.persist()).replaceWithVoid();
        }
        return created.chain(() -> outcome.event() == null
                        ? Uni.createFrom().voidItem()
                        : outbox.appendAll(List.of(outcome.event())).replaceWithVoid())
                .chain(() -> {
                    caseFile.state = context.transition().to();
                    caseFile.updatedAt = context.now();
                    return audit(context, outcome.reason());
                })
                .chain(() -> rememberKey(context));
    }

    private CaseWorkflow.Transition decide(LoadedCase loaded, CaseAction action, Staff staff, OffsetDateTime now) {
        try {
            return CaseWorkflow.decide(reads.facts(loaded), action, staff.actor(), now.toLocalDate());
        } catch (WorkflowRefusal refusal) {
            ProblemKind kind = refusal.kind() == WorkflowRefusal.Kind.FORBIDDEN
                    ? ProblemKind.FORBIDDEN
                    : ProblemKind.INVALID_TRANSITION;
            throw new ProblemException(new Problem(kind, refusal.getMessage())
                    .with("currentState", refusal.currentState())
                    .with("allowedActions", refusal.allowedActions()));
        }
    }

    private ProblemException stale(LoadedCase loaded, Staff staff, long expected) {
        CaseSnapshot current = reads.snapshot(loaded, staff);
        return new ProblemException(new Problem(
                        ProblemKind.CONFLICT,
                        "the case changed since version " + expected + "; it is now at version " + current.version()
                                + " in state " + current.state())
                .with("currentState", current.state())
                .with("currentVersion", current.version())
                .with("allowedActions", current.allowedActions()));
    }

    private Uni<Boolean> alreadyDone(CaseCommand command, CaseAction action) {
        if (command.idempotencyKey() == null) {
            return Uni.createFrom().item(false);
        }
        return cases.command(command.trackingNumber(), command.idempotencyKey()).map(previous -> {
            if (previous != null && previous.action != action) {
                throw ProblemException.conflict(
                        "Idempotency-Key " + command.idempotencyKey() + " was already used for " + previous.action);
            }
            return previous != null;
        });
    }

    private Uni<Void> rememberKey(StepContext context) {
        CaseCommand command = context.command();
        if (command.idempotencyKey() == null) {
            return Uni.createFrom().voidItem();
        }
        CaseCommandEntity record = new CaseCommandEntity();
        record.trackingNumber = command.trackingNumber();
        record.idempotencyKey = command.idempotencyKey();
        record.action = context.transition().action();
        record.userId = context.staff().userId();
        record.recordedAt = context.now();
        return record.persist().replaceWithVoid();
    }

    private Uni<Void> audit(StepContext context, String reason) {
        CaseFileEntity caseFile = context.caseFile();
        CaseWorkflow.Transition transition = context.transition();
        CaseAuditEntity row = new CaseAuditEntity();
        row.trackingNumber = caseFile.trackingNumber;
        row.agency = caseFile.agency;
        row.action = transition.action();
        row.fromState = transition.from();
        row.toState = transition.to();
        row.userId = context.staff().userId();
        row.userName = context.staff().userName();
        row.role = transition.role().tokenName();
        row.reason = reason;
        row.comment = context.command().comment();
        row.occurredAt = context.now();
        return row.persist().replaceWithVoid();
    }
}
