package org.ogi.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.ogi.contracts.Topics;

/**
 * A single-node Kafka cluster in KRaft mode, run as a child JVM from the launcher's own class path, or an external
 * cluster. Either way the services' topics are created here, so no service depends on auto-creation.
 */
final class KafkaComponent implements Component {

    static final List<String> TOPICS =
            List.of(Topics.REQUESTS, Topics.CASES, Topics.DEADLINES, Topics.APPEALS, Topics.NOTIFICATIONS);
    private static final int PARTITIONS = 3;
    private static final short REPLICATION_FACTOR = 1;
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(3);
    private static final List<String> BROKER_JVM_OPTIONS = Stream.concat(
                    JvmFootprint.small(32, 256).stream(), Stream.of("-Djava.awt.headless=true"))
            .toList();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z.]+)}");

    private final StackConfig config;
    private volatile Process broker;

    KafkaComponent(StackConfig config) {
        this.config = config;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public String address() {
        return config.kafkaBootstrapServers();
    }

    @Override
    public boolean external() {
        return config.externalKafka().isPresent();
    }

    @Override
    public boolean isReady() {
        try (Admin admin = admin()) {
            return admin.listTopics()
                    .names()
                    .get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .containsAll(TOPICS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public Optional<ProcessHandle> start(Instant deadline) throws Exception {
        Optional<ProcessHandle> process = Optional.empty();
        if (!external()) {
            Path home = config.workDir().resolve("kafka");
            Path dataDir = home.resolve("data");
            Path serverProperties = home.resolve("server.properties");
            Files.createDirectories(home);
            Files.writeString(
                    serverProperties,
                    renderServerProperties(
                            Files.readString(config.kafkaConfigTemplate()),
                            Map.of(
                                    "broker.port",
                                    Integer.toString(config.kafkaPort()),
                                    "controller.port",
                                    Integer.toString(config.kafkaControllerPort()),
                                    "log.dir",
                                    dataDir.toString())));
            if (!Files.exists(dataDir.resolve("meta.properties"))) {
                formatStorage(home, serverProperties, deadline);
            }
            broker = ChildProcesses.start(
                    ChildProcesses.launcherJvm(config, BROKER_JVM_OPTIONS, "kafka.Kafka", serverProperties.toString()),
                    Map.of(),
                    home,
                    config.logFile(name()));
            process = Optional.of(broker.toHandle());
        }
        HealthWaiter.await(name(), this::createTopics, process, deadline);
        return process;
    }

    @Override
    public void stop() {
        if (broker != null) {
            ChildProcesses.stop(broker.toHandle(), Duration.ofSeconds(30));
        }
    }

    /** Fills in the template's {@code ${name}} placeholders; a placeholder without a value is an error. */
    static String renderServerProperties(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new StackException(
                        "No value for ${" + matcher.group(1) + "} in the Kafka configuration template");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(result).toString();
    }

    /** KRaft storage is formatted once, with a new cluster id; later starts reuse the data dir. */
    private void formatStorage(Path home, Path serverProperties, Instant deadline)
            throws IOException, InterruptedException {
        Process format = ChildProcesses.start(
                ChildProcesses.launcherJvm(
                        config,
                        List.of(),
                        "kafka.tools.StorageTool",
                        "format",
                        "--standalone",
                        "-t",
                        Uuid.randomUuid().toString(),
                        "-c",
                        serverProperties.toString()),
                Map.of(),
                home,
                config.logFile(name()));
        if (!format.waitFor(Duration.between(Instant.now(), deadline).toMillis(), TimeUnit.MILLISECONDS)) {
            format.destroyForcibly();
            throw new StackException("Formatting the Kafka storage did not finish in time");
        }
        if (format.exitValue() != 0) {
            throw new StackException("Formatting the Kafka storage failed with exit code " + format.exitValue());
        }
    }

    /** Creates the topics that are missing; false while the broker does not answer yet. */
    private boolean createTopics() {
        List<NewTopic> topics = TOPICS.stream()
                .map(t -> new NewTopic(t, PARTITIONS, REPLICATION_FACTOR))
                .toList();
        try (Admin admin = admin()) {
            for (KafkaFuture<Void> created : admin.createTopics(topics).values().values()) {
                try {
                    created.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        return false;
                    }
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis()));
    }
}
