package org.ogi.stack;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Command line: {@code java -jar deploy/target/ogi-stack.jar up|down|status}. */
public final class OgiStack {

    /** The internal command {@code up} runs in the background JVM it forks. */
    static final String SUPERVISE = "supervise";

    private static final String NO_AGENCY = "no agency";
    private static final String USAGE = """
            usage: ogi-stack up|down|status
              up      start PostgreSQL, Kafka, Keycloak and the six services in the background,
                      wait until every one is ready and print where to find them
              down    stop them
              status  process, readiness, memory (RSS) and start time of each component
            environment: OGI_WORK_DIR (default <repo>/.ogi), OGI_PORT_OFFSET (added to every port),
              OGI_SERVICES (module names, or none), OGI_START_TIMEOUT_SECONDS (240),
              OGI_DB_HOST, OGI_DB_PORT, OGI_DB_USER, OGI_DB_PASSWORD (external PostgreSQL),
              OGI_KAFKA_BOOTSTRAP (external Kafka), OGI_OIDC_URL (issuer of an external realm),
              OGI_HOME (the repository, if not found from the working directory)""";

    private OgiStack() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println(USAGE);
            System.exit(2);
        }
        if (!args[0].equals(SUPERVISE)) {
            // Before anything logs: the command line shows library logging only when something is wrong.
            System.setProperty("log4j2.configurationFile", ChildProcesses.LOG4J_CONFIG);
            System.setProperty("ogi.log.level", "WARN");
        }
        try {
            StackConfig config = StackConfig.fromEnvironment(System.getenv());
            switch (args[0]) {
                case "up" -> {
                    new StackControl(config).up(System.out::println);
                    printWelcome(config, System.out);
                }
                case "down" -> new StackControl(config).down(System.out::println);
                case "status" -> printStatus(new StackControl(config).status(), System.out);
                case SUPERVISE -> new Supervisor(config).run();
                default -> {
                    System.err.println(USAGE);
                    System.exit(2);
                }
            }
        } catch (StackException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }

    private static void printWelcome(StackConfig config, PrintStream out) {
        out.println();
        out.println("The OGI stack is up. Work dir " + config.workDir() + ", logs in " + config.logDir());
        out.println();
        if (config.services().contains(OgiService.WEB)) {
            out.printf(
                    "Open %s : the staff console (/staff) and the applicant portal (/portal); sign in with a demo"
                            + " login below.%n%n",
                    config.serviceUrl(OgiService.WEB));
        }
        if (!config.services().isEmpty()) {
            out.println("Services (Swagger UI at <url>/q/swagger-ui, health at <url>/q/health):");
        }
        for (OgiService service : config.services()) {
            if (!service.isBackEnd()) {
                continue;
            }
            out.printf(
                    "  %-22s %s   %s/q/swagger-ui%n",
                    service.module(), config.serviceUrl(service), config.serviceUrl(service));
        }
        if (config.externalOidc().isEmpty()) {
            out.printf(
                    "Keycloak                 %s   admin console %s/admin/ (%s / %s)%n",
                    config.keycloakUrl(),
                    config.keycloakUrl(),
                    KeycloakComponent.ADMIN_USER,
                    KeycloakComponent.ADMIN_PASSWORD);
        }
        out.printf("  realm %-16s %s%n", StackConfig.REALM, config.oidcIssuer());
        out.printf(
                "Kafka                    %s   topics %s%n",
                config.kafkaBootstrapServers(), String.join(", ", KafkaComponent.TOPICS));
        if (config.externalSmtp().isEmpty()) {
            out.printf(
                    "Mail (SMTP)              %s:%d   read what arrived: %s/api/messages (one: /api/messages/<n>)%n",
                    config.smtpHost(), config.smtpPort(), config.mailReadUrl());
            out.printf("SMS gateway              %s/messages   (GET lists the texts)%n", config.smsGatewayUrl());
        } else {
            out.printf("Mail relay               %s:%d%n", config.smtpHost(), config.smtpPort());
        }
        DatabaseServer database = config.database();
        out.printf(
                "PostgreSQL               %s   user %s, databases %s%n",
                database.address(),
                database.user(),
                Arrays.stream(OgiService.values())
                        .filter(OgiService::isBackEnd)
                        .map(OgiService::database)
                        .collect(Collectors.joining(", ")));
        if (config.externalOidc().isEmpty()) {
            out.println();
            printDemoLogins(DemoLogins.read(config.realmFile()), out);
            out.println();
            out.println("An access token for clerk:");
            out.println("  curl -s -d grant_type=password -d client_id=ogi-web -d username=clerk -d password=clerk "
                    + config.tokenEndpoint());
        }
        out.println();
        out.println("Status: ./ogi status   Logs: ./ogi logs <component>   Stop: ./ogi down");
    }

    /** A table of user names by role (rows) and agency (columns). */
    private static void printDemoLogins(List<DemoLogins.DemoLogin> logins, PrintStream out) {
        TreeSet<String> agencies = logins.stream()
                .map(login -> login.agency().orElse(NO_AGENCY))
                .collect(Collectors.toCollection(TreeSet::new));
        Map<String, Map<String, List<String>>> usersByRoleAndAgency = new LinkedHashMap<>();
        for (DemoLogins.DemoLogin login : logins) {
            for (String role : login.roles()) {
                usersByRoleAndAgency
                        .computeIfAbsent(role, r -> new LinkedHashMap<>())
                        .computeIfAbsent(login.agency().orElse(NO_AGENCY), a -> new ArrayList<>())
                        .add(login.username());
            }
        }
        out.println("Demo logins for client ogi-web; each password is the user name:");
        printRow(out, "role", agencies.stream().map(agency -> agency.equals(NO_AGENCY) ? agency : "agency " + agency));
        usersByRoleAndAgency.forEach((role, byAgency) -> printRow(
                out,
                role,
                agencies.stream().map(agency -> String.join(", ", byAgency.getOrDefault(agency, List.of())))));
    }

    private static void printRow(PrintStream out, String role, Stream<String> cells) {
        out.println((String.format("  %-18s", role)
                        + cells.map(cell -> String.format(" %-22s", cell)).collect(Collectors.joining()))
                .stripTrailing());
    }

    private static void printStatus(List<StackControl.ComponentStatus> components, PrintStream out) {
        String format = "%-22s %8s  %-5s %7s %7s %9s  %s";
        out.println(String.format(format, "COMPONENT", "PID", "STATE", "RSS MB", "PSS MB", "STARTUP", "ADDRESS"));
        ProcessMemory total = ProcessMemory.NONE;
        for (StackControl.ComponentStatus component : components) {
            total = total.plus(component.memory());
            boolean running = component.process().isPresent();
            out.println(String.format(
                    format,
                    component.name(),
                    component.external()
                            ? "external"
                            : component
                                    .process()
                                    .map(p -> Long.toString(p.pid()))
                                    .orElse("-"),
                    component.up() ? "UP" : "DOWN",
                    running ? megabytes(component.memory().residentKilobytes()) : "-",
                    running ? megabytes(component.memory().proportionalKilobytes()) : "-",
                    component.startupMillis().isPresent()
                            ? String.format("%.1f s", component.startupMillis().getAsLong() / 1000.0)
                            : "-",
                    component.address()));
        }
        out.println(String.format(
                        format,
                        "total",
                        "",
                        "",
                        megabytes(total.residentKilobytes()),
                        megabytes(total.proportionalKilobytes()),
                        "",
                        "")
                .stripTrailing());
        out.println("RSS counts shared pages once per process; PSS shares them out, so its total is what the stack"
                + " uses.");
    }

    private static String megabytes(long kilobytes) {
        return Long.toString(Math.round(kilobytes / 1024.0));
    }
}
