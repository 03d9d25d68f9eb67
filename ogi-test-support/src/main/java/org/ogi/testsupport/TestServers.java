package org.ogi.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

/** One PostgreSQL server with the test database and one Kafka broker with the topics, however they run. */
interface TestServers extends AutoCloseable {

    /** {@code host:port} of PostgreSQL. */
    String databaseAddress();

    String kafkaBootstrapServers();

    Connection openDatabaseConnection() throws SQLException;

    /** Makes the broker unreachable, so tests can prove that writes survive; {@link #startBroker()} undoes it. */
    void stopBroker();

    void startBroker();

    @Override
    void close();
}
