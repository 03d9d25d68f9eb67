package org.ogi.report.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.report.domain.CarriedOverImport;

/** Imports an agency's requests open before the system went live; a file with any problem imports nothing. */
@ApplicationScoped
public class CarriedOverCases {

    private final FactUpdates facts;
    private final Clock clock;

    CarriedOverCases(FactUpdates facts, Clock clock) {
        this.facts = facts;
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
        return Multi.createFrom()
                .iterable(parsed.facts())
                .onItem()
                .transformToUniAndConcatenate(fact -> facts.imported(agency, fact))
                .collect()
                .last()
                .replaceWith(parsed.facts().size());
    }
}
