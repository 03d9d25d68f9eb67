package org.ogi.intake.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.intake.domain.TrackingNumber;

import java.util.List;
import java.util.stream.LongStream;

/** Issues tracking numbers per agency and year, gap-free and unique under concurrent registration. */
@ApplicationScoped
public class TrackingNumbers {

    /**
     * The next {@code count} consecutive numbers. Must run in the registering transaction: the counter row stays
     * locked until it commits or rolls back, so a rollback gives every one of them back.
     */
    public Uni<List<TrackingNumber>> next(String agency, int year, int count) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into tracking_counter (agency, year, last_value) values (:agency, :year, :count) "
                                + "on conflict (agency, year) do update "
                                + "set last_value = tracking_counter.last_value + excluded.last_value "
                                + "returning last_value", Long.class)
                .setParameter("agency", agency)
                .setParameter("year", year)
                .setParameter("count", (long) count)
                .getSingleResult())
                .map(last -> LongStream.rangeClosed(last - count + 1, last)
                        .mapToObj(sequence -> new TrackingNumber(agency, year, sequence)).toList());
    }
}
