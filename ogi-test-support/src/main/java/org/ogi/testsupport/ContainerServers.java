package org.ogi.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Testcontainers' PostgreSQL and Kafka (KRaft) on a Docker engine. Loaded only when {@link InfrastructureChoice}
 * chose containers.
 */
final class ContainerServers implements TestServers {

    /** The PostgreSQL of the Kubernetes manifests' CloudNativePG cluster. */
    static final String POSTGRES_IMAGE = "postgres:17-alpine";
    /** The broker version of the clients (kafka.version in the root pom), as a native image that starts in a second. */
    static final String KAFKA_IMAGE = "apache/kafka-native:4.1.1";

    private final PostgreSQLContainer postgres;
    private final KafkaContainer kafka;

    private ContainerServers(PostgreSQLContainer postgres, KafkaContainer kafka) {
        this.postgres = postgres;
        this.kafka = kafka;
    }

    static ContainerServers start(String database, String... topics) throws Exception {
        PostgreSQLContainer postgres = new PostgreSQLContainer(POSTGRES_IMAGE)
                .withDatabaseName(database)
                .withUsername("postgres")
                .withPassword("postgres");
        // As the embedded broker: 3 partitions, consumers join at once.
        KafkaContainer kafka = new KafkaContainer(KAFKA_IMAGE)
                .withEnv("KAFKA_NUM_PARTITIONS", "3")
                .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
        Startables.deepStart(postgres, kafka).join();
        TopicHelper.createTopics(kafka.getBootstrapServers(), topics);
        return new ContainerServers(postgres, kafka);
    }

    @Override
    public String databaseAddress() {
        return postgres.getHost() + ":" + postgres.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public Connection openDatabaseConnection() throws SQLException {
        return DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword());
    }

    /**
     * Pauses the broker's container: a restarted container would get another host port, which the services'
     * clients, configured at start, would not find. Clients see a broker that does not answer instead of one that
     * refuses connections; both end in the same retries.
     */
    @Override
    public void stopBroker() {
        kafka.getDockerClient().pauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void startBroker() {
        kafka.getDockerClient().unpauseContainerCmd(kafka.getContainerId()).exec();
    }

    @Override
    public void close() {
        kafka.stop();
        postgres.stop();
    }
}
