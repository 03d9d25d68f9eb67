package org.ogi.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL with one database per service: an embedded server (zonky; real PostgreSQL binaries from Maven jars)
 * whose data dir lives in the work dir and so survives restarts, or an external server.
 */
final class PostgresComponent implements Component {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresComponent.class);
    private static final int TIMEOUT_SECONDS = 2;

    private final StackConfig config;
    private final DatabaseServer server;
    private volatile EmbeddedPostgres embedded;

    PostgresComponent(StackConfig config) {
        this.config = config;
        this.server = config.database();
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public String address() {
        return server.address();
    }

    @Override
    public boolean external() {
        return config.externalDatabase().isPresent();
    }

    @Override
    public boolean isReady() {
        try (Connection connection = connect("postgres")) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public Optional<ProcessHandle> start(Instant deadline) throws Exception {
        Optional<ProcessHandle> postmaster = Optional.empty();
        if (!external()) {
            Path dataDir = config.workDir().resolve("postgres");
            ProcessBuilder.Redirect log =
                    ProcessBuilder.Redirect.appendTo(config.logFile(name()).toFile());
            embedded = EmbeddedPostgres.builder()
                    .setPort(server.port())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    // Each row's commit time, pg_xact_commit_timestamp(xmin): the pipeline benchmark's clock.
                    .setServerConfig("track_commit_timestamp", "on")
                    // The supervisor stops it, after the services that use it.
                    .setRegisterShutdownHook(false)
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .setPGStartupWait(Duration.between(Instant.now(), deadline))
                    .start();
            postmaster = Optional.of(postmaster(dataDir));
        }
        HealthWaiter.await(name(), this::isReady, postmaster, deadline);
        createMissingDatabases();
        return postmaster;
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                LOG.warn("Stopping PostgreSQL failed", e);
            }
        }
    }

    private void createMissingDatabases() throws SQLException {
        try (Connection connection = connect("postgres");
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
                Statement create = connection.createStatement()) {
            for (OgiService service : OgiService.values()) {
                if (!service.isBackEnd()) {
                    continue;
                }
                exists.setString(1, service.database());
                try (ResultSet found = exists.executeQuery()) {
                    if (!found.next()) {
                        // The name comes from OgiService, not from input: safe to put into the statement.
                        create.executeUpdate("CREATE DATABASE " + service.database());
                        LOG.info("Created database {}", service.database());
                    }
                }
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", server.password());
        properties.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        return DriverManager.getConnection(server.jdbcUrl(database), properties);
    }

    /** pg_ctl starts the server and exits; the server's pid is the first line of postmaster.pid. */
    private static ProcessHandle postmaster(Path dataDir) throws IOException {
        long pid = Long.parseLong(
                Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        return ProcessHandle.of(pid).orElseThrow(() -> new StackException("PostgreSQL exited right after start"));
    }
}
