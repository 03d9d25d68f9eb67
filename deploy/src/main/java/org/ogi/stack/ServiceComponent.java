package org.ogi.stack;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One service, run from its packaged {@code target/quarkus-app} and configured through the environment. */
final class ServiceComponent implements Component {

    private static final String OIDC_CLIENT_ID = "ogi-services";
    private static final String OIDC_CLIENT_SECRET = "ogi-services-secret";
    /**
     * Without it Quarkus answers a URI java.net.URI cannot parse (a path or query with {@code %zz}) with an empty 400
     * before any handler runs; with it the platform refuses such a URI with a problem naming the path or parameter.
     */
    private static final String NO_URI_VALIDATION = "-Dvertx.disableURIValidation=true";

    private static final String DEMO_AGENCIES = "A=示例市甲区人民政府办公室,B=示例市乙区人民政府办公室";

    private final StackConfig config;
    private final OgiService service;
    private final int instance;
    private volatile Process process;

    /** @param instance from 1; instances share the database and the Kafka consumer group, not the port */
    ServiceComponent(StackConfig config, OgiService service, int instance) {
        this.config = config;
        this.service = service;
        this.instance = instance;
    }

    @Override
    public String name() {
        return StackConfig.instanceName(service, instance);
    }

    @Override
    public String address() {
        return config.serviceUrl(service, instance).toString();
    }

    @Override
    public boolean external() {
        return false;
    }

    @Override
    public boolean isReady() {
        return Http.isOk(URI.create(address() + "/q/health/ready"));
    }

    @Override
    public Optional<ProcessHandle> start(Instant deadline) throws Exception {
        if (!Files.isRegularFile(config.serviceJar(service))) {
            throw new StackException("No " + config.serviceJar(service) + "; build the services first");
        }
        process =
                ChildProcesses.start(command(System.getenv()), environment(), config.workDir(), config.logFile(name()));
        Optional<ProcessHandle> handle = Optional.of(process.toHandle());
        HealthWaiter.await(name(), this::isReady, handle, deadline);
        return handle;
    }

    /** @param launcher the launcher's environment, which may ask for other JVM options or CPU priorities */
    List<String> command(Map<String, String> launcher) {
        List<String> command = new ArrayList<>(CpuPriority.commandPrefix(service, launcher));
        command.add(ChildProcesses.java());
        command.addAll(JvmFootprint.service(launcher));
        command.addAll(
                List.of(NO_URI_VALIDATION, "-jar", config.serviceJar(service).toString()));
        return command;
    }

    @Override
    public void stop() {
        if (process != null) {
            ChildProcesses.stop(process.toHandle(), Duration.ofSeconds(20));
        }
    }

    /** Quarkus reads these as quarkus.http.port, quarkus.datasource.*, kafka.bootstrap.servers, quarkus.oidc.*. */
    Map<String, String> environment() {
        if (!service.isBackEnd()) {
            return webEnvironment();
        }
        DatabaseServer database = config.database();
        Map<String, String> environment = new LinkedHashMap<>(Map.of(
                "QUARKUS_HTTP_PORT", Integer.toString(config.servicePort(service, instance)),
                "QUARKUS_DATASOURCE_REACTIVE_URL", database.reactiveUrl(service.database()),
                "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(service.database()),
                "QUARKUS_DATASOURCE_USERNAME", database.user(),
                "QUARKUS_DATASOURCE_PASSWORD", database.password(),
                "KAFKA_BOOTSTRAP_SERVERS", config.kafkaBootstrapServers(),
                "QUARKUS_OIDC_AUTH_SERVER_URL", config.oidcIssuer().toString(),
                "QUARKUS_OIDC_CLIENT_ID", OIDC_CLIENT_ID,
                "QUARKUS_OIDC_CREDENTIALS_SECRET", OIDC_CLIENT_SECRET));
        if (service == OgiService.INTAKE && config.externalOidc().isEmpty()) {
            // The demo realm's staff belong to agencies A and B; in the directory, the demo applicant can submit to
            // them.
            environment.put("OGI_INTAKE_DIRECTORY_SEED", DEMO_AGENCIES);
        }
        if (service == OgiService.NOTIFICATION) {
            environment.put("QUARKUS_MAILER_HOST", config.smtpHost());
            environment.put("QUARKUS_MAILER_PORT", Integer.toString(config.smtpPort()));
            if (config.externalSmtp().isEmpty()) {
                environment.put("OGI_NOTIFICATION_SMS_GATEWAY_URL", config.smsGatewayUrl() + "/");
                environment.put("OGI_NOTIFICATION_SMS_DELIVERY_REPORT_SECRET", StackConfig.LOCAL_SMS_REPORT_SECRET);
            }
        }
        return environment;
    }

    /**
     * The web module signs users in with the realm's public client (its own configuration) and calls each service's
     * API at this stack's address (quarkus.rest-client.&lt;key&gt;.url, the key being the service's name).
     */
    private Map<String, String> webEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(config.servicePort(service)));
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", config.oidcIssuer().toString());
        for (OgiService backEnd : OgiService.values()) {
            if (backEnd.isBackEnd()) {
                environment.put(
                        "QUARKUS_REST_CLIENT_" + backEnd.name() + "_URL",
                        config.serviceUrl(backEnd).toString());
            }
        }
        return environment;
    }
}
