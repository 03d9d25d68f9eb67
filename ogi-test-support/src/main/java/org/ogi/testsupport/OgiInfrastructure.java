package org.ogi.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.jboss.logging.Logger;
import org.ogi.contracts.Topics;

/**
 * Real infrastructure for {@code @QuarkusTest}, no Docker: one embedded PostgreSQL server and one in-JVM Kafka
 * broker in KRaft mode per test JVM, shared by all test classes and stopped when the JVM exits.
 */
public class OgiInfrastructure implements QuarkusTestResourceLifecycleManager {

    private static final Logger LOG = Logger.getLogger(OgiInfrastructure.class);
    private static final String DATABASE = "ogi_test";
    private static EmbeddedPostgres postgres;
    private static KafkaClusterTestKit kafka;

    @Override
    public Map<String, String> start() {
        ensureStarted();
        int port = postgres.getPort();
        return Map.of(
                "quarkus.datasource.reactive.url",
                "postgresql://127.0.0.1:" + port + "/" + DATABASE,
                "quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE,
                "quarkus.datasource.username",
                "postgres",
                "quarkus.datasource.password",
                "postgres",
                "kafka.bootstrap.servers",
                kafka.bootstrapServers());
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM; closed by the shutdown hook.
    }

    public static synchronized void ensureStarted() {
        if (postgres != null) {
            return;
        }
        // A broker thread that fails while the JVM shuts down must not halt the test JVM with a non-zero code
        // (surefire would then fail a run whose tests all passed); Kafka's own tests replace these procedures too.
        Exit.setExitProcedure((status, message) -> LOG.warnf("Kafka asked to exit (%d): %s", status, message));
        Exit.setHaltProcedure((status, message) -> LOG.warnf("Kafka asked to halt (%d): %s", status, message));
        try {
            postgres = EmbeddedPostgres.builder().start();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + DATABASE);
            }
            kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .build())
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("num.partitions", "3")
                    .build();
            kafka.format();
            kafka.startup();
            kafka.waitForReadyBrokers();
            TopicHelper.createTopics(
                    kafka.bootstrapServers(),
                    Topics.REQUESTS,
                    Topics.CASES,
                    Topics.DEADLINES,
                    Topics.APPEALS,
                    Topics.NOTIFICATIONS);
        } catch (Exception e) {
            throw new IllegalStateException("test infrastructure did not start", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(OgiInfrastructure::close, "ogi-test-infrastructure"));
    }

    public static String kafkaBootstrapServers() {
        ensureStarted();
        return kafka.bootstrapServers();
    }

    public static Connection openDatabaseConnection() throws SQLException {
        ensureStarted();
        return postgres.getDatabase("postgres", DATABASE).getConnection();
    }

    /** Stops the Kafka broker (its controller keeps running) so tests can prove that writes survive. */
    public static void stopBroker() {
        broker().shutdown();
        broker().awaitShutdown();
    }

    /** Starts the stopped broker again on the same port. */
    public static void startBroker() {
        broker().startup();
        try {
            kafka.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("broker did not come back", e);
        }
    }

    private static BrokerServer broker() {
        ensureStarted();
        return kafka.brokers().values().iterator().next();
    }

    private static void close() {
        try {
            kafka.close();
        } catch (Throwable e) {
            LOG.warnf("test broker did not close cleanly: %s", e.getMessage());
        }
        try {
            postgres.close();
        } catch (Throwable e) {
            LOG.warnf("test database did not close cleanly: %s", e.getMessage());
        }
    }
}
