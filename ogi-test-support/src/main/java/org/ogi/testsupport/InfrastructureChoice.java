package org.ogi.testsupport;

import java.util.Locale;
import java.util.Optional;

/**
 * Which servers the {@code @QuarkusTest}s run on: the embedded ones (PostgreSQL from zonky's binaries, an in-JVM
 * Kafka broker; no Docker needed) or Testcontainers' PostgreSQL and Kafka containers. Chosen by the system property
 * {@value #PROPERTY} or the environment variable {@value #VARIABLE}: {@code embedded}, {@code containers}, or
 * {@code auto} (the default: containers when a Docker engine answers, embedded otherwise).
 */
public final class InfrastructureChoice {

    public static final String PROPERTY = "ogi.test.infrastructure";
    public static final String VARIABLE = "OGI_TEST_INFRASTRUCTURE";

    public enum Servers {
        EMBEDDED,
        CONTAINERS
    }

    private InfrastructureChoice() {}

    /** The choice for this JVM: the property, else the variable, else {@code auto}. */
    public static Servers forThisJvm() {
        return choose(
                Optional.ofNullable(System.getProperty(PROPERTY))
                        .or(() -> Optional.ofNullable(System.getenv(VARIABLE))),
                DockerProbe.local());
    }

    /**
     * @param setting {@code embedded}, {@code containers} or {@code auto} (any case; absent or blank is {@code auto})
     * @param docker  asked only for {@code auto} and {@code containers}
     * @throws IllegalArgumentException for another setting
     * @throws IllegalStateException    for {@code containers} when no Docker engine answers
     */
    public static Servers choose(Optional<String> setting, DockerProbe docker) {
        String value = setting.map(String::trim)
                .filter(s -> !s.isEmpty())
                .orElse("auto")
                .toLowerCase(Locale.ROOT);
        return switch (value) {
            case "embedded" -> Servers.EMBEDDED;
            case "containers" -> {
                if (!docker.answers()) {
                    throw new IllegalStateException(PROPERTY + "=containers, but no Docker engine answers at "
                            + docker.address() + " (set DOCKER_HOST, or use embedded or auto)");
                }
                yield Servers.CONTAINERS;
            }
            case "auto" -> docker.answers() ? Servers.CONTAINERS : Servers.EMBEDDED;
            default ->
                throw new IllegalArgumentException(
                        PROPERTY + " is '" + value + "'; expected embedded, containers or auto");
        };
    }
}
