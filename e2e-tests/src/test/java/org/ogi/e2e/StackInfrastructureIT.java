package org.ogi.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ogi.contracts.Topics;
import org.ogi.stack.DatabaseServer;
import org.ogi.stack.OgiService;

/** What the launcher provides before any service starts: databases, topics and the realm. */
@ExtendWith(EndToEndStack.class)
class StackInfrastructureIT {

    private static final List<String> TOPICS =
            List.of(Topics.REQUESTS, Topics.CASES, Topics.DEADLINES, Topics.APPEALS, Topics.NOTIFICATIONS);

    @ParameterizedTest
    @EnumSource(value = OgiService.class, names = "WEB", mode = EnumSource.Mode.EXCLUDE)
    void eachServiceHasItsOwnDatabase(OgiService service) throws Exception {
        DatabaseServer database = EndToEndStack.config().database();

        try (Connection connection = DriverManager.getConnection(
                database.jdbcUrl(service.database()), database.user(), database.password())) {
            assertThat(connection.getCatalog()).isEqualTo(service.database());
        }
    }

    @Test
    void theTopicsExistWithThreePartitionsEach() throws Exception {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EndToEndStack.config().kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics =
                    admin.describeTopics(TOPICS).allTopicNames().get(10, TimeUnit.SECONDS);

            assertThat(topics).hasSize(TOPICS.size());
            assertThat(topics.values())
                    .allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
        }
    }

    @Test
    void theRealmPublishesTheIssuerTheServicesVerifyTokensAgainst() {
        String issuer = EndToEndStack.config().oidcIssuer().toString();

        given().when()
                .get(issuer + "/.well-known/openid-configuration")
                .then()
                .statusCode(200)
                .body("issuer", equalTo(issuer));
        assertThat(TokenClient.claims(TokenClient.ofStack().accessTokenOf("clerk"))
                        .getString("iss"))
                .isEqualTo(issuer);
    }
}
