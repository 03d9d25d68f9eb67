package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The launcher starts each service on the port and database the service's own configuration resolves to. */
class ServiceSettingsTest {

    private static final Path REPO = Path.of("..");

    @ParameterizedTest
    @EnumSource(OgiService.class)
    void theLaunchersPortAndDatabaseAreTheServicesOwn(OgiService service) throws IOException {
        SmallRyeConfig config = serviceConfig(service);

        assertThat(config.getValue("quarkus.application.name", String.class)).isEqualTo(service.module());
        assertThat(config.getValue("quarkus.http.port", Integer.class)).isEqualTo(service.defaultPort());
        if (!service.isBackEnd()) {
            return; // the web module has no database
        }
        assertThat(config.getValue("quarkus.datasource.reactive.url", String.class))
                .isEqualTo("postgresql://localhost:" + StackConfig.POSTGRES_PORT + "/" + service.database());
        assertThat(config.getValue("quarkus.datasource.jdbc.url", String.class))
                .isEqualTo("jdbc:postgresql://localhost:" + StackConfig.POSTGRES_PORT + "/" + service.database());
    }

    /** The sources a packaged service reads: the contracts' and the platform's defaults, its application.properties. */
    private static SmallRyeConfig serviceConfig(OgiService service) throws IOException {
        URL contracts = OgiService.class.getClassLoader().getResource(OgiService.SETTINGS);
        assertThat(contracts).as("ogi-contracts' settings on the classpath").isNotNull();
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(
                        new PropertiesConfigSource(contracts, 100),
                        new PropertiesConfigSource(url("ogi-platform/src/main/resources/" + OgiService.SETTINGS), 100),
                        new PropertiesConfigSource(
                                url(service.module() + "/src/main/resources/application.properties"), 250))
                .build();
    }

    private static URL url(String file) throws IOException {
        return REPO.resolve(file).toUri().toURL();
    }
}
