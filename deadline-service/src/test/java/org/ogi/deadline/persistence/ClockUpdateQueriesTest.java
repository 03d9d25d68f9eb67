package org.ogi.deadline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.ogi.deadline.domain.ClockEvent;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.WithHibernateStatistics;

@QuarkusTest
@TestProfile(WithHibernateStatistics.class)
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ClockUpdateQueriesTest {

    private static final int RUNS = 5;

    @Inject
    ClockEventLog log;

    @Inject
    CalendarStore calendar;

    @Inject
    Mutiny.SessionFactory sessionFactory;

    @Test
    void caseLogsAreReadBackInOrderWithTheirAgencies() throws Throwable {
        String first = "LOG-2026-" + UUID.randomUUID();
        String second = "LOG-2026-" + UUID.randomUUID();
        LocalDate received = LocalDate.of(2026, 3, 2);
        ClockEvent asked = new ClockEvent.CorrectionRequested(received.plusDays(2), 15);
        inTransaction(() -> log.appendAll(
                List.of(
                        appended(first, "A", new ClockEvent.Received(received, false)),
                        appended(second, "B", new ClockEvent.Received(received, true)),
                        appended(first, "A", asked)),
                OffsetDateTime.now()));

        Optional<ClockEventLog.CaseLog> loaded = inTransaction(() -> log.load(first));
        Map<String, ClockEventLog.CaseLog> both = inTransaction(() -> log.loadAll(List.of(first, second, "LOG-NONE")));

        assertThat(loaded).get().satisfies(caseLog -> {
            assertThat(caseLog.agency()).isEqualTo("A");
            assertThat(caseLog.events()).containsExactly(new ClockEvent.Received(received, false), asked);
        });
        assertThat(both).containsOnlyKeys(first, second).containsEntry(first, loaded.get());
        assertThat(both.get(second))
                .isEqualTo(new ClockEventLog.CaseLog("B", List.of(new ClockEvent.Received(received, true))));
        assertThat(inTransaction(() -> log.load("LOG-NONE"))).isEmpty();
    }

    private static ClockEventLog.Appended appended(String trackingNumber, String agency, ClockEvent event) {
        return new ClockEventLog.Appended(
                trackingNumber, agency, event, UUID.randomUUID().toString());
    }

    @Test
    void theQueriesOfEveryClockUpdateReuseCachedPlans() throws Throwable {
        // A native select would add a plan-cache entry per run (Hibernate 7.2), all in one hash bucket.
        Statistics statistics = sessionFactory.getStatistics();
        inTransaction(() -> log.load("PLAN-2026-000001")
                .chain(() -> log.loadAll(List.of("PLAN-2026-000001")))
                .chain(() -> calendar.versionLockedForShare()));
        long misses = statistics.getQueryPlanCacheMissCount();
        long hits = statistics.getQueryPlanCacheHitCount();

        for (int i = 0; i < RUNS; i++) {
            String trackingNumber = "PLAN-2026-00000" + (i + 2);
            List<String> several = Collections.nCopies(i + 1, trackingNumber);
            long version = inTransaction(() -> log.load(trackingNumber)
                    .chain(() -> log.loadAll(several))
                    .chain(() -> calendar.versionLockedForShare()));
            assertThat(version).isNotNegative();
        }

        assertThat(statistics.getQueryPlanCacheMissCount() - misses).isZero();
        assertThat(statistics.getQueryPlanCacheHitCount() - hits).isGreaterThanOrEqualTo(RUNS);
    }

    private static <T> T inTransaction(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
    }
}
