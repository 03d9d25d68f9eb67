package org.ogi.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.jboss.logging.Logger;
import org.ogi.contracts.Topics;

/**
 * Real infrastructure for {@code @QuarkusTest}: one PostgreSQL server and one Kafka broker (KRaft) per test JVM,
 * shared by all test classes and stopped when the JVM exits. Embedded (no Docker) or Testcontainers' containers, as
 * {@link InfrastructureChoice} decides.
 */
public class OgiInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(OgiInfrastructure.class);
    private static final String DATABASE = "ogi_test";
    private static final String[] TOPICS = {
        Topics.REQUESTS, Topics.CASES, Topics.DEADLINES, Topics.APPEALS, Topics.NOTIFICATIONS
    };
    private static TestServers servers;

    @Override
    public Map<String, String> start() {
        ensureStarted();
        String address = servers.databaseAddress();
        return Map.of(
                "quarkus.datasource.reactive.url",
                "postgresql://" + address + "/" + DATABASE,
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://" + address + "/" + DATABASE,
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres",
                "kafka.bootstrap.servers",
                servers.kafkaBootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; closed by the shutdown hook.
    }

    public static synchronized void ensureStarted() {
        if (servers != null) {
            return;
        }
        InfrastructureChoice.Servers choice = InfrastructureChoice.forThisJvm();
        LOG.infof("Test infrastructure: %s (%s)", choice, InfrastructureChoice.PROPERTY);
        try {
            servers = choice == InfrastructureChoice.Servers.CONTAINERS
                    ? ContainerServers.start(DATABASE, TOPICS)
                    : EmbeddedServers.start(DATABASE, TOPICS);
        } catch (Exception e) {
            throw new IllegalStateException("test infrastructure did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(servers::close, "ogi-test-infrastructure"));
    }

    public static String kafkaBootstrapServers() {
        ensureStarted();
        return servers.kafkaBootstrapServers();
    }

    public static Connection openDatabaseConnection() throws SQLException {
        ensureStarted();
        return servers.openDatabaseConnection();
    }

    /** Makes the Kafka broker unreachable (its controller keeps running) so tests can prove that writes survive. */
    public static void stopBroker() {
        ensureStarted();
        servers.stopBroker();
    }

    /** Brings the broker back on the same address. */
    public static void startBroker() {
        ensureStarted();
        servers.startBroker();
    }
}
