package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceComponentTest {

    @Test
    void servicesRunWithoutQuarkussUriCheckSoMalformedEscapesGetAProblemInsteadOfAnEmpty400() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(StackConfig.HOME, "/srv/ogi"));

        assertThat(new ServiceComponent(config, OgiService.CASE, 1).command(Map.of()))
                .startsWith(ChildProcesses.java())
                .containsSubsequence(
                        "-Dvertx.disableURIValidation=true",
                        "-jar",
                        "/srv/ogi/case-service/target/quarkus-app/quarkus-run.jar");
    }

    @Test
    void aServiceThatWorksThroughABacklogStartsUnderNice() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(StackConfig.HOME, "/srv/ogi"));

        assertThat(new ServiceComponent(config, OgiService.NOTIFICATION, 1).command(Map.of()))
                .startsWith("nice", "-n", "19", ChildProcesses.java())
                .endsWith("/srv/ogi/notification-service/target/quarkus-app/quarkus-run.jar");
        assertThat(new ServiceComponent(config, OgiService.NOTIFICATION, 1)
                        .command(Map.of(CpuPriority.LOW_PRIORITY_SERVICES, "none")))
                .startsWith(ChildProcesses.java());
    }

    @Test
    void theWebModuleGetsNoDatabaseAndCallsTheServicesOfItsOwnStack() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(StackConfig.HOME, "/srv/ogi"))
                .withPortOffset(10_000);

        Map<String, String> environment = new ServiceComponent(config, OgiService.WEB, 1).environment();

        assertThat(environment)
                .containsEntry("QUARKUS_HTTP_PORT", "18080")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:18180/realms/ogi")
                .containsEntry("QUARKUS_REST_CLIENT_INTAKE_URL", "http://localhost:18081")
                .containsEntry("QUARKUS_REST_CLIENT_CASE_URL", "http://localhost:18082")
                .containsEntry("QUARKUS_REST_CLIENT_NOTIFICATION_URL", "http://localhost:18085")
                .doesNotContainKeys("QUARKUS_DATASOURCE_JDBC_URL", "KAFKA_BOOTSTRAP_SERVERS", "QUARKUS_OIDC_CLIENT_ID");
    }

    @Test
    void theLocalSmsGatewayReportsDeliveriesToNotificationServiceWithTheSecretItChecks() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(StackConfig.HOME, "/srv/ogi"))
                .withPortOffset(10_000);

        assertThat(new ServiceComponent(config, OgiService.NOTIFICATION, 1).environment())
                .containsEntry("OGI_NOTIFICATION_SMS_GATEWAY_URL", "http://127.0.0.1:18089/sms/")
                .containsEntry("OGI_NOTIFICATION_SMS_DELIVERY_REPORT_SECRET", StackConfig.LOCAL_SMS_REPORT_SECRET);
        assertThat(config.smsDeliveryReportUrl()).hasToString("http://localhost:18085/api/sms/delivery-reports");
    }
}
