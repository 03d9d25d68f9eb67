package org.ogi.report.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;
import org.ogi.report.domain.CarriedOverImport;
import org.ogi.report.persistence.RebuildStore;

/** Imports an agency's requests open before the system went live; a file with any problem imports nothing. */
@ApplicationScoped
public class CarriedOverCases {

    private final FactUpdates facts;
    private final RebuildStore rebuilds;
    private final Clock clock;

    CarriedOverCases(FactUpdates facts, RebuildStore rebuilds, Clock clock) {
        this.facts = facts;
        this.rebuilds = rebuilds;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Integer> load(String agency, String csv) {
        CarriedOverImport.Parsed parsed = CarriedOverImport.parse(csv, LocalDate.now(clock));
        if (!parsed.problems().isEmpty()) {
            throw ProblemException.invalid(parsed.problems().stream()
                    .map(p -> new Problem.FieldError("line " + p.line() + ": " + p.field(), p.message()))
                    .toList());
        }
        // A rebuild copied the imported cases when it began: an import now would be lost when it switches.
        return rebuilds.latest()
                .invoke(latest -> latest.filter(run -> RebuildStore.Run.RUNNING.equals(run.state()))
                        .ifPresent(run -> {
                            throw new ProblemException(new Problem(
                                            ProblemKind.CONFLICT,
                                            "a rebuild is running since " + run.startedAt() + "; import when it ends")
                                    .with("currentState", run.state())
                                    .with("allowedActions", List.of("GET /api/reports/rebuild/" + run.id())));
                        }))
                .chain(() -> Multi.createFrom()
                        .iterable(parsed.facts())
                        .onItem()
                        .transformToUniAndConcatenate(fact -> facts.imported(agency, fact))
                        .collect()
                        .last()
                        .replaceWith(parsed.facts().size()));
    }
}
