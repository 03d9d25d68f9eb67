package org.ogi.stack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keycloak in development mode with the repository's {@code ogi} realm, or an external realm.
 *
 * <p>Keycloak writes into its home (its build, the H2 database), so each work dir gets its own copy of the
 * distribution the build unpacked: the end-to-end tests' stack can then run beside the default one.
 */
public final class KeycloakComponent implements Component {

    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin";

    private final StackConfig config;
    private volatile Process keycloak;

    KeycloakComponent(StackConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public String address() {
        return config.oidcIssuer().toString();
    }

    @Override
    public boolean external() {
        return config.externalOidc().isPresent();
    }

    @Override
    public boolean neededByStartingServices() {
        return false;
    }

    @Override
    public boolean isReady() {
        return Http.isOk(URI.create(config.oidcIssuer() + "/.well-known/openid-configuration"));
    }

    @Override
    public Optional<ProcessHandle> start(Instant deadline) throws Exception {
        Optional<ProcessHandle> process = Optional.empty();
        if (!external()) {
            Path home = prepareHome();
            keycloak = ChildProcesses.start(
                    List.of(
                            "/bin/sh",
                            home.resolve("bin/kc.sh").toString(),
                            "start-dev",
                            "--http-port=" + config.keycloakPort(),
                            "--import-realm"),
                    Map.of(
                            "JAVA_HOME",
                            System.getProperty("java.home"),
                            "KC_BOOTSTRAP_ADMIN_USERNAME",
                            ADMIN_USER,
                            "KC_BOOTSTRAP_ADMIN_PASSWORD",
                            ADMIN_PASSWORD,
                            "JAVA_OPTS",
                            JvmFootprint.keycloak()),
                    home,
                    config.logFile(name()));
            process = Optional.of(keycloak.toHandle());
        }
        HealthWaiter.await(name(), this::isReady, process, deadline);
        return process;
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            ChildProcesses.stop(keycloak.toHandle(), Duration.ofSeconds(30));
        }
    }

    /**
     * The work dir's copy of the distribution, without the H2 database of the last run and with the repository's
     * realm file to import: Keycloak imports a realm only if it does not have it yet.
     */
    private Path prepareHome() throws IOException {
        Path distribution = config.keycloakDistribution();
        if (!Files.isRegularFile(distribution.resolve("bin/kc.sh"))) {
            throw new StackException("No Keycloak distribution in " + distribution + "; build the deploy module");
        }
        Path home = config.workDir().resolve("keycloak").resolve(distribution.getFileName());
        if (!Files.exists(home)) {
            // Copied aside and renamed, so that an interrupted copy is never taken for a complete one.
            Path partial = home.resolveSibling(home.getFileName() + ".partial");
            deleteRecursively(partial);
            copyRecursively(distribution, partial);
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteRecursively(home.resolve("data/h2"));
        Path importDir = Files.createDirectories(home.resolve("data/import"));
        Files.copy(
                config.realmFile(),
                importDir.resolve(config.realmFile().getFileName()),
                StandardCopyOption.REPLACE_EXISTING);
        return home;
    }

    private static void copyRecursively(Path source, Path target) throws IOException {
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(target.resolve(source.relativize(dir)));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.copy(file, target.resolve(source.relativize(file)), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
