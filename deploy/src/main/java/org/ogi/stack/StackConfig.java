package org.ogi.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One stack: where the repository and the work dir are, its ports, which services run and which
 * infrastructure runs elsewhere. It is read from {@code OGI_*} environment variables and written back to them
 * ({@link #toEnvironment()}), so the supervisor JVM that {@code up} forks runs exactly the stack its parent
 * described.
 *
 * @param repoRoot         the repository: realm file, Kafka template, Keycloak distribution and service jars
 * @param workDir          logs, state, PostgreSQL and Kafka data, the Keycloak home
 * @param portOffset       added to every default port, so a second stack (the end-to-end tests) can run beside
 *                         the default one
 * @param services         the services to run; empty runs the infrastructure only
 * @param instances        how many instances of a service run (1 unless listed): each on its own port, all in the
 *                         service's Kafka consumer group and on its database
 * @param externalDatabase a PostgreSQL server to use instead of the embedded one
 * @param externalKafka    bootstrap servers to use instead of the broker process
 * @param externalOidc     issuer URL of an existing realm to use instead of Keycloak
 * @param externalSmtp     the agency's mail relay (host:port) to use instead of the local SMTP server
 * @param startTimeout     how long starting the whole stack may take
 */
public record StackConfig(
        Path repoRoot,
        Path workDir,
        int portOffset,
        List<OgiService> services,
        Map<OgiService, Integer> instances,
        Optional<DatabaseServer> externalDatabase,
        Optional<String> externalKafka,
        Optional<URI> externalOidc,
        Optional<String> externalSmtp,
        Duration startTimeout) {

    public static final String HOME = "OGI_HOME";
    public static final String WORK_DIR = "OGI_WORK_DIR";
    public static final String PORT_OFFSET = "OGI_PORT_OFFSET";
    /** Comma-separated module names, or {@code none} for the infrastructure alone. */
    public static final String SERVICES = "OGI_SERVICES";
    /** Instances per service: {@code 2} for every service, or {@code case-service=2,deadline-service=3}. */
    public static final String INSTANCES = "OGI_INSTANCES";

    public static final String START_TIMEOUT_SECONDS = "OGI_START_TIMEOUT_SECONDS";
    public static final String DB_HOST = "OGI_DB_HOST";
    public static final String DB_PORT = "OGI_DB_PORT";
    public static final String DB_USER = "OGI_DB_USER";
    public static final String DB_PASSWORD = "OGI_DB_PASSWORD";
    public static final String KAFKA_BOOTSTRAP = "OGI_KAFKA_BOOTSTRAP";
    public static final String OIDC_URL = "OGI_OIDC_URL";
    /** The agency's mail relay, {@code host:port}: notification-service sends there, no local SMTP server runs. */
    public static final String SMTP_RELAY = "OGI_SMTP_RELAY";

    public static final String REALM = "ogi";
    static final int POSTGRES_PORT = 15432;
    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    static final int KEYCLOAK_PORT = 8180;
    static final int SMTP_PORT = 2525;
    static final int MAIL_READ_PORT = 8025;
    static final int SMS_GATEWAY_PORT = 8089;
    /**
     * The secret the local SMS gateway signs its delivery reports with and notification-service checks them by; a
     * local stack's, like its realm's client secret (a deployment configures the provider adapter's own).
     */
    static final String LOCAL_SMS_REPORT_SECRET = "ogi-local-sms-gateway";
    /** Instance n of a service listens on its port + (n - 1) * this: 9082 for the second case-service. */
    static final int INSTANCE_PORT_STEP = 1000;

    private static final String NO_SERVICES = "none";
    private static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(240);
    /** A file only this repository has, to recognise its root. */
    private static final Path REPO_MARKER = Path.of("deploy", "keycloak", "ogi-realm.json");

    public StackConfig {
        repoRoot = repoRoot.toAbsolutePath().normalize();
        workDir = workDir.toAbsolutePath().normalize();
        services = List.copyOf(services);
        instances = Map.copyOf(instances);
        instances.forEach((service, count) -> {
            if (count < 1) {
                throw new StackException(INSTANCES + ": " + service.module() + " needs at least one instance");
            }
        });
    }

    public static StackConfig fromEnvironment(Map<String, String> env) {
        Path repoRoot = Optional.ofNullable(env.get(HOME)).map(Path::of).orElseGet(StackConfig::locateRepoRoot);
        List<OgiService> services = parseServices(env.get(SERVICES), List.of(OgiService.values()));
        return new StackConfig(
                repoRoot,
                Optional.ofNullable(env.get(WORK_DIR)).map(Path::of).orElse(repoRoot.resolve(".ogi")),
                Integer.parseInt(env.getOrDefault(PORT_OFFSET, "0")),
                services,
                parseInstances(env.get(INSTANCES), services),
                Optional.ofNullable(env.get(DB_HOST))
                        .map(host -> new DatabaseServer(
                                host,
                                Integer.parseInt(env.getOrDefault(DB_PORT, "5432")),
                                env.getOrDefault(DB_USER, "postgres"),
                                env.getOrDefault(DB_PASSWORD, ""))),
                Optional.ofNullable(env.get(KAFKA_BOOTSTRAP)),
                Optional.ofNullable(env.get(OIDC_URL)).map(StackConfig::uri),
                Optional.ofNullable(env.get(SMTP_RELAY)),
                Optional.ofNullable(env.get(START_TIMEOUT_SECONDS))
                        .map(Long::parseLong)
                        .map(Duration::ofSeconds)
                        .orElse(DEFAULT_START_TIMEOUT));
    }

    /** The variables {@link #fromEnvironment(Map)} turns back into this configuration. */
    public Map<String, String> toEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put(HOME, repoRoot.toString());
        env.put(WORK_DIR, workDir.toString());
        env.put(PORT_OFFSET, Integer.toString(portOffset));
        env.put(
                SERVICES,
                services.isEmpty()
                        ? NO_SERVICES
                        : services.stream().map(OgiService::module).collect(Collectors.joining(",")));
        if (!instances.isEmpty()) {
            env.put(
                    INSTANCES,
                    instances.entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey().module() + "=" + e.getValue())
                            .collect(Collectors.joining(",")));
        }
        env.put(START_TIMEOUT_SECONDS, Long.toString(startTimeout.toSeconds()));
        externalDatabase.ifPresent(db -> {
            env.put(DB_HOST, db.host());
            env.put(DB_PORT, Integer.toString(db.port()));
            env.put(DB_USER, db.user());
            env.put(DB_PASSWORD, db.password());
        });
        externalKafka.ifPresent(bootstrap -> env.put(KAFKA_BOOTSTRAP, bootstrap));
        externalOidc.ifPresent(issuer -> env.put(OIDC_URL, issuer.toString()));
        externalSmtp.ifPresent(relay -> env.put(SMTP_RELAY, relay));
        return env;
    }

    public StackConfig withWorkDir(Path dir) {
        return new StackConfig(
                repoRoot,
                dir,
                portOffset,
                services,
                instances,
                externalDatabase,
                externalKafka,
                externalOidc,
                externalSmtp,
                startTimeout);
    }

    public StackConfig withPortOffset(int offset) {
        return new StackConfig(
                repoRoot,
                workDir,
                offset,
                services,
                instances,
                externalDatabase,
                externalKafka,
                externalOidc,
                externalSmtp,
                startTimeout);
    }

    // ---- where things are

    public DatabaseServer database() {
        // Embedded: initdb trusts local connections, so the password is only there for clients that insist.
        return externalDatabase.orElseGet(
                () -> new DatabaseServer("127.0.0.1", POSTGRES_PORT + portOffset, "postgres", "postgres"));
    }

    public String kafkaBootstrapServers() {
        return externalKafka.orElse("127.0.0.1:" + kafkaPort());
    }

    int kafkaPort() {
        return KAFKA_PORT + portOffset;
    }

    int kafkaControllerPort() {
        return KAFKA_CONTROLLER_PORT + portOffset;
    }

    public int keycloakPort() {
        return KEYCLOAK_PORT + portOffset;
    }

    /** Base URL of the embedded Keycloak; {@code localhost}, because that host name is in the tokens' issuer. */
    public URI keycloakUrl() {
        return uri("http://localhost:" + keycloakPort());
    }

    /** The realm's issuer URL, which the services verify tokens against. */
    public URI oidcIssuer() {
        return externalOidc.orElseGet(() -> uri(keycloakUrl() + "/realms/" + REALM));
    }

    public URI tokenEndpoint() {
        return uri(oidcIssuer() + "/protocol/openid-connect/token");
    }

    /** Where notification-service sends mail: the agency's relay, else the local SMTP server. */
    public String smtpHost() {
        return externalSmtp
                .map(relay -> relay.substring(0, relay.lastIndexOf(':')))
                .orElse("127.0.0.1");
    }

    public int smtpPort() {
        return externalSmtp
                .map(relay -> Integer.parseInt(relay.substring(relay.lastIndexOf(':') + 1)))
                .orElse(SMTP_PORT + portOffset);
    }

    /** The local SMTP server's read API: {@code /api/messages}. */
    public URI mailReadUrl() {
        return uri("http://127.0.0.1:" + mailReadPort());
    }

    int mailReadPort() {
        return MAIL_READ_PORT + portOffset;
    }

    int smsGatewayPort() {
        return SMS_GATEWAY_PORT + portOffset;
    }

    /** The recording SMS gateway (notification-service's contract); {@code GET /sms/messages} lists the texts. */
    public URI smsGatewayUrl() {
        return uri("http://127.0.0.1:" + smsGatewayPort() + "/sms");
    }

    /** Where the local SMS gateway sends its delivery reports: notification-service's callback (README). */
    public URI smsDeliveryReportUrl() {
        return uri(serviceUrl(OgiService.NOTIFICATION) + "/api/sms/delivery-reports");
    }

    public int servicePort(OgiService service) {
        return servicePort(service, 1);
    }

    public URI serviceUrl(OgiService service) {
        return serviceUrl(service, 1);
    }

    /** How many instances of the service run. */
    public int instances(OgiService service) {
        return instances.getOrDefault(service, 1);
    }

    /** @param instance from 1 to {@link #instances(OgiService)} */
    public int servicePort(OgiService service, int instance) {
        return service.defaultPort() + portOffset + (instance - 1) * INSTANCE_PORT_STEP;
    }

    public URI serviceUrl(OgiService service, int instance) {
        return uri("http://localhost:" + servicePort(service, instance));
    }

    /**
     * The component name (and log file) of an instance: the module for the first, {@code case-service-2} for the
     * second, so that a stack of single instances keeps its names.
     */
    public static String instanceName(OgiService service, int instance) {
        return instance == 1 ? service.module() : service.module() + "-" + instance;
    }

    Path serviceJar(OgiService service) {
        return repoRoot.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** This module's jar; its manifest class path ({@code lib/}) also carries the Kafka broker. */
    Path launcherJar() {
        return repoRoot.resolve("deploy/target/ogi-stack.jar");
    }

    Path keycloakDistribution() {
        return repoRoot.resolve("deploy/target/keycloak/keycloak-" + keycloakVersion());
    }

    public Path realmFile() {
        return repoRoot.resolve(REPO_MARKER);
    }

    Path kafkaConfigTemplate() {
        return repoRoot.resolve("deploy/kafka/server.properties.template");
    }

    public Path logDir() {
        return workDir.resolve("logs");
    }

    public Path logFile(String component) {
        return logDir().resolve(component + ".log");
    }

    Path pidFile() {
        return workDir.resolve("stack.pid");
    }

    Path stateFile() {
        return workDir.resolve("stack.state");
    }

    // ---- helpers

    /** Comma-separated service modules, {@code none} for no service, or {@code unset} when blank or missing. */
    static List<OgiService> parseServices(String value, List<OgiService> unset) {
        if (value == null || value.isBlank()) {
            return unset;
        }
        if (value.trim().equals(NO_SERVICES)) {
            return List.of();
        }
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .map(OgiService::ofModule)
                .toList();
    }

    /** A number for every service to run, or {@code module=count} pairs; services not listed run once. */
    private static Map<OgiService, Integer> parseInstances(String value, List<OgiService> services) {
        if (value == null || value.isBlank()) {
            return Map.of();
        }
        if (!value.contains("=")) {
            int count = Integer.parseInt(value.trim());
            return services.stream().collect(Collectors.toMap(service -> service, service -> count));
        }
        return Arrays.stream(value.split(","))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> OgiService.ofModule(pair[0].trim()), pair -> Integer.parseInt(pair[1].trim())));
    }

    /** Looks upwards from the working directory, then from this class's jar, for the repository. */
    private static Path locateRepoRoot() {
        return Stream.of(Path.of(System.getProperty("user.dir")), codeLocation())
                .flatMap(start -> Stream.iterate(start.toAbsolutePath(), dir -> dir != null, Path::getParent))
                .filter(dir -> Files.isRegularFile(dir.resolve(REPO_MARKER)))
                .findFirst()
                .orElseThrow(() -> new StackException("Cannot find the repository (a directory containing "
                        + REPO_MARKER + "); run from inside it or set " + HOME));
    }

    private static Path codeLocation() {
        try {
            return Path.of(StackConfig.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keycloakVersion() {
        try (InputStream in = StackConfig.class.getResourceAsStream("/ogi-stack.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("keycloak.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URI uri(String value) {
        return URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
    }
}
