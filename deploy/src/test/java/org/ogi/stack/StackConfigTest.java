package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    private static final Path REPO = Path.of("/srv/ogi");

    @Test
    void defaultsRunEverythingEmbeddedOnTheDefaultPortsInTheRepositorysWorkDir() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(StackConfig.HOME, REPO.toString()));

        assertThat(config.workDir()).isEqualTo(REPO.resolve(".ogi"));
        assertThat(config.services()).containsExactly(OgiService.values());
        assertThat(config.database()).isEqualTo(new DatabaseServer("127.0.0.1", 15432, "postgres", "postgres"));
        assertThat(config.kafkaBootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(config.oidcIssuer()).isEqualTo(URI.create("http://localhost:8180/realms/ogi"));
        assertThat(config.serviceUrl(OgiService.INTAKE)).isEqualTo(URI.create("http://localhost:8081"));
        assertThat(config.serviceUrl(OgiService.NOTIFICATION)).isEqualTo(URI.create("http://localhost:8085"));
        assertThat(config.startTimeout()).isEqualTo(Duration.ofSeconds(240));
        assertThat(config.serviceJar(OgiService.CASE))
                .isEqualTo(REPO.resolve("case-service/target/quarkus-app/quarkus-run.jar"));
    }

    @Test
    void aPortOffsetMovesEveryPortSoASecondStackCanRunBesideTheFirst() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(StackConfig.HOME, REPO.toString()))
                .withPortOffset(10000);

        assertThat(config.database().port()).isEqualTo(25432);
        assertThat(config.kafkaBootstrapServers()).isEqualTo("127.0.0.1:19092");
        assertThat(config.kafkaControllerPort()).isEqualTo(19093);
        assertThat(config.keycloakPort()).isEqualTo(18180);
        assertThat(config.servicePort(OgiService.INTAKE)).isEqualTo(18081);
    }

    @Test
    void externalInfrastructureReplacesTheEmbeddedOne() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(
                StackConfig.HOME,
                REPO.toString(),
                StackConfig.DB_HOST,
                "db.example",
                StackConfig.DB_USER,
                "ogi",
                StackConfig.DB_PASSWORD,
                "secret",
                StackConfig.KAFKA_BOOTSTRAP,
                "kafka.example:9092",
                StackConfig.OIDC_URL,
                "https://sso.example/realms/ogi/"));

        assertThat(config.database()).isEqualTo(new DatabaseServer("db.example", 5432, "ogi", "secret"));
        assertThat(config.database().reactiveUrl("ogi_case")).isEqualTo("postgresql://db.example:5432/ogi_case");
        assertThat(config.kafkaBootstrapServers()).isEqualTo("kafka.example:9092");
        assertThat(config.oidcIssuer()).isEqualTo(URI.create("https://sso.example/realms/ogi"));
        assertThat(config.tokenEndpoint())
                .isEqualTo(URI.create("https://sso.example/realms/ogi/protocol/openid-connect/token"));
    }

    @Test
    void theEnvironmentItWritesDescribesTheSameStack() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(
                        StackConfig.HOME,
                        REPO.toString(),
                        StackConfig.SERVICES,
                        "case-service, intake-service",
                        StackConfig.START_TIMEOUT_SECONDS,
                        "90",
                        StackConfig.DB_HOST,
                        "db.example",
                        StackConfig.DB_PORT,
                        "6432",
                        StackConfig.KAFKA_BOOTSTRAP,
                        "kafka.example:9092",
                        StackConfig.OIDC_URL,
                        "https://sso.example/realms/ogi"))
                .withWorkDir(Path.of("/tmp/stack"))
                .withPortOffset(7);

        assertThat(StackConfig.fromEnvironment(config.toEnvironment())).isEqualTo(config);
        assertThat(config.services()).containsExactly(OgiService.CASE, OgiService.INTAKE);
    }

    @Test
    void severalInstancesOfAServiceRunOnPortsAThousandApartUnderNumberedNames() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(
                        StackConfig.HOME,
                        REPO.toString(),
                        StackConfig.INSTANCES,
                        "case-service=2, notification-service=3"))
                .withPortOffset(10000);

        assertThat(config.instances(OgiService.CASE)).isEqualTo(2);
        assertThat(config.instances(OgiService.NOTIFICATION)).isEqualTo(3);
        assertThat(config.instances(OgiService.INTAKE)).isEqualTo(1);
        assertThat(config.servicePort(OgiService.CASE, 1)).isEqualTo(18082);
        assertThat(config.serviceUrl(OgiService.CASE, 2)).isEqualTo(URI.create("http://localhost:19082"));
        assertThat(StackConfig.instanceName(OgiService.CASE, 1)).isEqualTo("case-service");
        assertThat(StackConfig.instanceName(OgiService.CASE, 2)).isEqualTo("case-service-2");
        assertThat(StackComponents.of(config).services().stream().map(Component::name))
                .containsExactly(
                        "intake-service",
                        "case-service",
                        "case-service-2",
                        "deadline-service",
                        "appeals-service",
                        "notification-service",
                        "notification-service-2",
                        "notification-service-3",
                        "report-service",
                        "web");
        assertThat(StackConfig.fromEnvironment(config.toEnvironment())).isEqualTo(config);
    }

    @Test
    void aBareNumberOfInstancesAppliesToEveryServiceThatRuns() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(
                StackConfig.HOME,
                REPO.toString(),
                StackConfig.SERVICES,
                "intake-service,case-service",
                StackConfig.INSTANCES,
                "2"));

        assertThat(config.instances(OgiService.INTAKE)).isEqualTo(2);
        assertThat(config.instances(OgiService.CASE)).isEqualTo(2);
        assertThat(config.instances(OgiService.DEADLINE)).isEqualTo(1);
        assertThatThrownBy(() -> StackConfig.fromEnvironment(
                        Map.of(StackConfig.HOME, REPO.toString(), StackConfig.INSTANCES, "case-service=0")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("case-service");
    }

    @Test
    void noneRunsTheInfrastructureAlone() {
        StackConfig config =
                StackConfig.fromEnvironment(Map.of(StackConfig.HOME, REPO.toString(), StackConfig.SERVICES, "none"));

        assertThat(config.services()).isEmpty();
        assertThat(StackConfig.fromEnvironment(config.toEnvironment())).isEqualTo(config);
    }

    @Test
    void anUnknownServiceIsRejectedWithTheKnownOnes() {
        assertThatThrownBy(() -> StackConfig.fromEnvironment(
                        Map.of(StackConfig.HOME, REPO.toString(), StackConfig.SERVICES, "billing-service")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("billing-service")
                .hasMessageContaining("intake-service");
    }

    @Test
    void theRepositoryIsFoundFromTheWorkingDirectory() {
        StackConfig config = StackConfig.fromEnvironment(Map.of());

        assertThat(config.realmFile()).isRegularFile();
        assertThat(config.kafkaConfigTemplate()).isRegularFile();
    }
}
