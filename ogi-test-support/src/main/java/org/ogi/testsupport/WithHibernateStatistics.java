package org.ogi.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** A test profile with Hibernate's statistics on, for tests that count query-plan cache hits and misses. */
public class WithHibernateStatistics implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.hibernate-orm.statistics", "true");
    }
}
