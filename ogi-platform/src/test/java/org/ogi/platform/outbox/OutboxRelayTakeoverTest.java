package org.ogi.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;

/**
 * A second instance's relay taking over from one that died between Kafka's acknowledgement and the commit of its
 * mark: what the dead relay sent is on the topic once, the rest follows in order.
 */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OutboxRelayTakeoverTest {

    @Test
    void aRelayTakingOverMarksWhatItsDeadPredecessorSentAndPublishesOnlyTheRestInOrder() throws Exception {
        String subject = TransactionalOutboxTest.newSubject();
        String source = ConfigProvider.getConfig().getValue("quarkus.application.name", String.class);
        List<String> ids;
        try (Connection predecessor = OgiInfrastructure.openDatabaseConnection()) {
            // This connection plays the dead instance's relay: it takes the lock as the running relay's connection
            // ends, as it would if its process were killed.
            long predecessorPid = backendPid(predecessor);
            CompletableFuture<Void> locked = CompletableFuture.runAsync(
                    () -> execute(predecessor, "select pg_advisory_lock(" + OutboxRelay.RELAY_LOCK + ")"));
            while (!locked.isDone()) {
                endTheLeadersConnection(predecessorPid);
                Thread.sleep(100);
            }
            locked.get(0, TimeUnit.SECONDS);

            ids = given().queryParam("subject", subject)
                    .queryParam("count", 6)
                    .post("/test/notes/series")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath()
                    .getList(".", String.class);
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, OgiInfrastructure.kafkaBootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
                for (OutboxRow row : rows(subject).subList(0, 4)) {
                    producer.send(OutboxRelay.record(source, row.id(), row.topic(), row.key(), row.payload()))
                            .get(10, TimeUnit.SECONDS);
                }
            }
            assertThat(rows(subject)).allMatch(row -> !row.published());
        } // the predecessor dies: its lock goes with its connection

        await().atMost(Duration.ofSeconds(30))
                .until(() -> rows(subject).stream().allMatch(OutboxRow::published));
        // Anything published twice would follow the sixth record; wait for a seventh a while.
        List<String> onTopic =
                KafkaTestClient.records(Topics.CASES, r -> subject.equals(r.key()), 7, Duration.ofSeconds(5)).stream()
                        .map(r -> org.ogi.contracts.EventCodec.fromJson(r.value()))
                        .map(CloudEvent::id)
                        .toList();
        assertThat(onTopic).containsExactlyElementsOf(ids);
    }

    private record OutboxRow(long id, String topic, String key, String payload, boolean published) {}

    private static List<OutboxRow> rows(String subject) throws SQLException {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select id, topic, message_key, payload, published_at is not null from outbox_message"
                                + " where message_key = ? order by id")) {
            statement.setString(1, subject);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(
                            result.getLong(1),
                            result.getString(2),
                            result.getString(3),
                            result.getString(4),
                            result.getBoolean(5)));
                }
            }
            return rows;
        }
    }

    /** Ends the database connection holding the relay's lock, as PostgreSQL does when its process dies. */
    private static void endTheLeadersConnection(long predecessorPid) throws SQLException {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection()) {
            execute(
                    connection,
                    "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted"
                            + " and pid <> " + predecessorPid
                            + " and classid = " + (OutboxRelay.RELAY_LOCK >>> 32)
                            + " and objid = " + (OutboxRelay.RELAY_LOCK & 0xffffffffL));
        }
    }

    private static long backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select pg_backend_pid()")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
