package org.ogi.intake.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.stream.LongStream;
import org.ogi.intake.domain.TrackingNumber;

/** Issues tracking numbers per agency and year, gap-free and unique under concurrent registration. */
@ApplicationScoped
public class TrackingNumbers {

    /**
     * The next {@code count} consecutive numbers. Must run in the registering transaction: the counter row stays
     * locked until it commits or rolls back, so a rollback gives every one of them back. Called through HQL, whose
     * plan Hibernate caches once (see V4__tracking_counter_function.sql).
     */
    public Uni<List<TrackingNumber>> next(String agency, int year, int count) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery(
                                "select cast(function('next_tracking_numbers', :agency, :year, :count) as Long)",
                                Long.class)
                        .setParameter("agency", agency)
                        .setParameter("year", year)
                        .setParameter("count", (long) count)
                        .getSingleResult())
                .map(last -> LongStream.rangeClosed(last - count + 1, last)
                        .mapToObj(sequence -> new TrackingNumber(agency, year, sequence))
                        .toList());
    }
}
