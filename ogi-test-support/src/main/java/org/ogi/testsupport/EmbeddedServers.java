package org.ogi.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import kafka.server.BrokerServer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.jboss.logging.Logger;

/** An embedded PostgreSQL server (zonky; real binaries from Maven jars) and an in-JVM Kafka broker in KRaft mode. */
final class EmbeddedServers implements TestServers {

    private static final Logger LOG = Logger.getLogger(EmbeddedServers.class);

    private final String database;
    private final EmbeddedPostgres postgres;
    private final KafkaClusterTestKit kafka;

    private EmbeddedServers(String database, EmbeddedPostgres postgres, KafkaClusterTestKit kafka) {
        this.database = database;
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static EmbeddedServers start(String database, String... topics) throws Exception {
        // A broker thread that fails while the JVM shuts down must not halt the test JVM with a non-zero code
        // (surefire would then fail a run whose tests all passed); Kafka's own tests replace these procedures too.
        Exit.setExitProcedure((status, message) -> LOG.warnf("Kafka asked to exit (%d): %s", status, message));
        Exit.setHaltProcedure((status, message) -> LOG.warnf("Kafka asked to halt (%d): %s", status, message));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        KafkaClusterTestKit kafka = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
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
        TopicHelper.createTopics(kafka.bootstrapServers(), topics);
        return new EmbeddedServers(database, postgres, kafka);
    }

    @Override
    public String databaseAddress() {
        return "127.0.0.1:" + postgres.getPort();
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public Connection openDatabaseConnection() throws SQLException {
        return postgres.getDatabase("postgres", database).getConnection();
    }

    /** Stops the broker (its controller keeps running). */
    @Override
    public void stopBroker() {
        broker().shutdown();
        broker().awaitShutdown();
    }

    /** Starts the stopped broker again on the same port. */
    @Override
    public void startBroker() {
        broker().startup();
        try {
            kafka.waitForReadyBrokers();
        } catch (Exception e) {
            throw new IllegalStateException("broker did not come back", e);
        }
    }

    private BrokerServer broker() {
        return kafka.brokers().values().iterator().next();
    }

    @Override
    public void close() {
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
