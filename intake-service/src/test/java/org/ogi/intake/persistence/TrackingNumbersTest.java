package org.ogi.intake.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.ogi.intake.domain.TrackingNumber;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.WithHibernateStatistics;

@QuarkusTest
@TestProfile(WithHibernateStatistics.class)
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TrackingNumbersTest {

    private static final int BATCHES = 5;

    @Inject
    TrackingNumbers trackingNumbers;

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @Test
    void batchesTakeConsecutiveNumbersOfTheirAgencyAndYear() throws Throwable {
        List<TrackingNumber> first = next("SEQ", 2026, 3);
        List<TrackingNumber> second = next("SEQ", 2026, 2);
        List<TrackingNumber> otherYear = next("SEQ", 2027, 1);

        assertThat(first)
                .extracting(TrackingNumber::toString)
                .containsExactly("SEQ-2026-000001", "SEQ-2026-000002", "SEQ-2026-000003");
        assertThat(second).extracting(TrackingNumber::toString).containsExactly("SEQ-2026-000004", "SEQ-2026-000005");
        assertThat(otherYear).extracting(TrackingNumber::toString).containsExactly("SEQ-2027-000001");
    }

    @Test
    void numberingReusesOneCachedQueryPlan() throws Throwable {
        // A native select would add a plan-cache entry per batch (Hibernate 7.2), all in one hash bucket.
        Statistics statistics = sessionFactory.getStatistics();
        next("PLAN", 2026, 1);
        long hits = statistics.getQueryPlanCacheHitCount();
        long misses = statistics.getQueryPlanCacheMissCount();

        List<TrackingNumber> numbers = new ArrayList<>();
        for (int i = 0; i < BATCHES; i++) {
            numbers.addAll(next("PLAN", 2026, 2));
        }

        assertThat(numbers).hasSize(2 * BATCHES);
        assertThat(statistics.getQueryPlanCacheMissCount() - misses).isZero();
        assertThat(statistics.getQueryPlanCacheHitCount() - hits).isGreaterThanOrEqualTo(BATCHES);
    }

    private List<TrackingNumber> next(String agency, int year, int count) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(
                () -> Panache.withTransaction(() -> trackingNumbers.next(agency, year, count)));
    }
}
