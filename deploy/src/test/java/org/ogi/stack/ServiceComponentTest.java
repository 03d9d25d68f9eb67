package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceComponentTest {

    @Test
    void servicesRunWithoutQuarkussUriCheckSoMalformedEscapesGetAProblemInsteadOfAnEmpty400() {
        StackConfig config = StackConfig.fromEnvironment(Map.of(StackConfig.HOME, "/srv/ogi"));

        assertThat(new ServiceComponent(config, OgiService.CASE, 1).command())
                .containsSubsequence(
                        "-Dvertx.disableURIValidation=true",
                        "-jar",
                        "/srv/ogi/case-service/target/quarkus-app/quarkus-run.jar");
    }
}
