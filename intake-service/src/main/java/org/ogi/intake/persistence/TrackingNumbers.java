package org.ogi.intake.persistence;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.intake.domain.TrackingNumber;

/** Issues tracking numbers per agency and year, gap-free and unique under concurrent registration. */
@ApplicationScoped
public class TrackingNumbers {

    /** Must run in the registering transaction: the counter row stays locked until it commits or rolls back. */
    public Uni<TrackingNumber> next(String agency, int year) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into tracking_counter (agency, year, last_value) values (:agency, :year, 1) "
                                + "on conflict (agency, year) do update set last_value = tracking_counter.last_value + 1 "
                                + "returning last_value", Long.class)
                .setParameter("agency", agency)
                .setParameter("year", year)
                .getSingleResult())
                .map(sequence -> new TrackingNumber(agency, year, sequence));
    }
}
