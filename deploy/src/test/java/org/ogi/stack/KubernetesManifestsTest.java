package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogi.contracts.Topics;

/**
 * The Kubernetes manifests under {@code deploy/kubernetes}, rendered per overlay as {@code kubectl apply -k} would
 * ({@link KustomizeSubset}) and read with fabric8's model (the operators' resources as generic ones), checked
 * against what the services read: ogi-contracts' table of ports and databases, its topics, each service's own
 * configuration and the environment the launcher gives it.
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = Path.of("kubernetes");
    private static final Path REPO = Path.of("..");
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Only used to build the datasource URLs ($(POSTGRES_HOST)), or read by the JVM itself. */
    private static final Set<String> NOT_SERVICE_SETTINGS =
            Set.of("POSTGRES_HOST", "POSTGRES_PORT", "JAVA_TOOL_OPTIONS");
    /** Set by the launcher for the local stack only: the port is the table's, the agencies are the demo realm's. */
    private static final Set<String> LOCAL_ONLY = Set.of("QUARKUS_HTTP_PORT", "OGI_INTAKE_DIRECTORY_SEED");

    /** Fields whose value is the name of a Secret (Ingress TLS, the Keycloak CR's certificate). */
    private static final Set<String> NAMES_A_SECRET = Set.of("secretName", "tlsSecret");

    private static final Map<String, List<HasMetadata>> RENDERED = new TreeMap<>();

    private static List<HasMetadata> overlay(String name) {
        return RENDERED.computeIfAbsent(
                name,
                overlay -> KustomizeSubset.render(KUBERNETES.resolve("overlays/" + overlay)).stream()
                        .map(KubernetesManifestsTest::parse)
                        .toList());
    }

    private static HasMetadata parse(Map<String, Object> resource) {
        try {
            return SERIALIZATION.unmarshal(JSON.writeValueAsString(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- every file

    @Test
    void everyManifestParsesAndEveryFileIsPartOfTheBaseOrAnOverlay() throws IOException {
        Set<Path> used = new HashSet<>();
        for (String overlay : List.of("small", "production")) {
            used.addAll(referencedFiles(KUBERNETES.resolve("overlays/" + overlay)));
        }
        try (Stream<Path> files = Files.walk(KUBERNETES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                assertThat(used).as("%s is in a kustomization", file).contains(file.normalize());
                if (file.getFileName().toString().equals("kustomization.yaml")) {
                    continue;
                }
                for (Map<String, Object> document : KustomizeSubset.readDocuments(file)) {
                    HasMetadata resource = parse(document);
                    assertThat(resource.getMetadata().getName())
                            .as(file.toString())
                            .isNotBlank();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void noManifestHoldsASecretOrAPassword(String overlay) {
        assertThat(overlay(overlay)).noneMatch(resource -> resource.getKind().equals("Secret"));
        for (HasMetadata resource : overlay(overlay)) {
            JsonNode tree = JSON.valueToTree(resource);
            assertThat(literalSecrets(tree, ""))
                    .as("%s %s", resource.getKind(), resource.getMetadata().getName())
                    .isEmpty();
        }
    }

    // ---- services

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyServiceInTheContractsTableRunsAsADeploymentWithItsImagePortAndService(String overlay) {
        List<HasMetadata> resources = overlay(overlay);
        assertThat(all(resources, Deployment.class).stream()
                        .map(d -> d.getMetadata().getName()))
                .containsExactlyInAnyOrderElementsOf(table().keySet());
        for (ServiceRow row : table().values()) {
            Container container = container(resources, row.module());
            assertThat(container.getImage()).as(row.module()).matches("ogi/" + row.module() + ":[\\w.-]+");
            assertThat(container.getImage()).doesNotEndWith(":latest");
            assertThat(container.getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getName()).isEqualTo("http");
                assertThat(port.getContainerPort()).as(row.module()).isEqualTo(row.port());
            });
            Service service = one(resources, Service.class, row.module());
            assertThat(service.getSpec().getSelector())
                    .isEqualTo(one(resources, Deployment.class, row.module())
                            .getSpec()
                            .getSelector()
                            .getMatchLabels());
            assertThat(service.getSpec().getPorts()).singleElement().satisfies(port -> {
                assertThat(port.getPort()).isEqualTo(row.port());
                assertThat(port.getTargetPort().getStrVal()).isEqualTo("http");
            });
        }
    }

    @Test
    void theTablesPortsAreTheServicesOwnAndEveryServiceModuleIsInTheTable() throws IOException {
        for (ServiceRow row : table().values()) {
            if (Files.isDirectory(REPO.resolve(row.module()))) {
                SmallRyeConfig config = serviceConfig(row.module());
                assertThat(config.getValue("quarkus.application.name", String.class))
                        .isEqualTo(row.module());
                assertThat(config.getValue("quarkus.http.port", Integer.class)).isEqualTo(row.port());
            }
        }
        try (Stream<Path> modules = Files.list(REPO)) {
            assertThat(modules.map(path -> path.getFileName().toString()).filter(name -> name.endsWith("-service")))
                    .allMatch(table()::containsKey);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyServiceHasItsProbesAndResourceLimits(String overlay) {
        for (ServiceRow row : table().values()) {
            Container container = container(overlay(overlay), row.module());
            assertThat(container.getReadinessProbe()).satisfies(probe -> assertHttp(probe, "/q/health/ready"));
            assertThat(container.getLivenessProbe()).satisfies(probe -> assertHttp(probe, "/q/health/live"));
            assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void everyServiceReadsItsDatabaseOwnersCredentialsFromTheSecretCloudNativePgManages(String overlay) {
        List<HasMetadata> resources = overlay(overlay);
        Map<String, String> roleSecrets = managedRoleSecrets(resources);
        Map<String, String> owners = databaseOwners(resources);
        for (ServiceRow row : table().values()) {
            Map<String, EnvVar> env = env(container(resources, row.module()));
            if (row.database().isEmpty()) {
                assertThat(env.keySet()).noneMatch(name -> name.startsWith("QUARKUS_DATASOURCE"));
                continue;
            }
            String database = row.database().get();
            assertThat(env.get("QUARKUS_DATASOURCE_REACTIVE_URL").getValue())
                    .isEqualTo("postgresql://$(POSTGRES_HOST):$(POSTGRES_PORT)/" + database);
            assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL").getValue())
                    .isEqualTo("jdbc:postgresql://$(POSTGRES_HOST):$(POSTGRES_PORT)/" + database);
            assertThat(owners).as("a Database %s in the cluster", database).containsKey(database);
            String secret = roleSecrets.get(owners.get(database));
            assertThat(secret)
                    .as("the owner of %s is a managed role with a password Secret", database)
                    .isNotNull();
            assertThat(secretRef(env, "QUARKUS_DATASOURCE_USERNAME")).isEqualTo(secret + "/username");
            assertThat(secretRef(env, "QUARKUS_DATASOURCE_PASSWORD")).isEqualTo(secret + "/password");
            assertThat(secretRef(env, "QUARKUS_OIDC_CREDENTIALS_SECRET"))
                    .isEqualTo(RealmImportManifest.CLIENT_SECRET + "/secret");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theEnvironmentNamesAreSettingsTheServicesRead(String overlay) throws IOException {
        List<HasMetadata> resources = overlay(overlay);
        ConfigMap config = one(resources, ConfigMap.class, "ogi-config");
        assertThat(config.getData()).containsKeys("POSTGRES_HOST", "POSTGRES_PORT");
        for (ServiceRow row : table().values()) {
            Container container = container(resources, row.module());
            if (!Files.isDirectory(REPO.resolve(row.module()))) {
                continue; // a module being built elsewhere: what it reads is known once it is here
            }
            assertThat(container.getEnvFrom())
                    .singleElement()
                    .satisfies(
                            from -> assertThat(from.getConfigMapRef().getName()).isEqualTo("ogi-config"));
            Set<String> read = settingsRead(row.module());
            Set<String> given = new TreeSet<>(env(container).keySet());
            if (row.database().isPresent()) {
                given.addAll(config.getData().keySet());
            }
            given.removeAll(NOT_SERVICE_SETTINGS);
            assertThat(given).as("%s: variables it reads", row.module()).isSubsetOf(read);
            launcherEnvironment(row.module()).ifPresent(local -> {
                Set<String> needed = new TreeSet<>(local);
                needed.removeAll(LOCAL_ONLY);
                needed.removeAll(defaultsOfTheirOwn(row.module()));
                // Every Deployment takes ogi-config (envFrom), the web module's too, though it has no database.
                Set<String> withConfig = new TreeSet<>(given);
                withConfig.addAll(config.getData().keySet());
                assertThat(withConfig)
                        .as("%s: what the launcher gives it", row.module())
                        .containsAll(needed);
            });
        }
    }

    // ---- Kafka

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    @SuppressWarnings("unchecked")
    void theTopicsAreTheContractsTopicsReplicatedThriceKeptForeverWithAPartitionPerInstance(String overlay)
            throws IllegalAccessException {
        List<HasMetadata> resources = overlay(overlay);
        List<GenericKubernetesResource> topics = generic(resources, "KafkaTopic");
        assertThat(topics.stream().map(topic -> topic.getMetadata().getName()))
                .containsExactlyInAnyOrderElementsOf(contractTopics());
        int instances = maxInstances(resources);
        for (GenericKubernetesResource topic : topics) {
            Map<String, Object> spec = spec(topic);
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "ogi-kafka");
            assertThat(spec).containsEntry("replicas", 3);
            assertThat((Integer) spec.get("partitions")).isGreaterThanOrEqualTo(instances);
            assertThat(map(spec, "config"))
                    .containsEntry("min.insync.replicas", 2)
                    .containsEntry("retention.ms", -1);
        }
        GenericKubernetesResource kafka = oneGeneric(resources, "Kafka", "ogi-kafka");
        assertThat(map(map(spec(kafka), "kafka"), "config").get("min.insync.replicas"))
                .isEqualTo(2);
        assertThat(generic(resources, "KafkaNodePool")).singleElement().satisfies(pool -> {
            assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", "ogi-kafka");
            assertThat((Integer) spec(pool).get("replicas")).isGreaterThanOrEqualTo(3);
            assertThat((List<Object>) spec(pool).get("roles")).containsExactlyInAnyOrder("controller", "broker");
        });
        assertThat(one(resources, ConfigMap.class, "ogi-config").getData())
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "ogi-kafka-kafka-bootstrap:9092");
    }

    // ---- PostgreSQL

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theClusterHasADatabaseOwnedByItsOwnRolePerServiceAndKeycloakAndBacksUp(String overlay) {
        List<HasMetadata> resources = overlay(overlay);
        GenericKubernetesResource cluster = oneGeneric(resources, "Cluster", "ogi-postgres");
        Set<String> expected = table().values().stream()
                .flatMap(row -> row.database().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add("keycloak");
        Map<String, String> owners = databaseOwners(resources);
        assertThat(owners.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(managedRoleSecrets(resources)).containsKeys(owners.values().toArray(String[]::new));
        assertThat(new HashSet<>(owners.values())).hasSameSizeAs(owners.keySet());
        for (GenericKubernetesResource database : generic(resources, "Database")) {
            assertThat(map(spec(database), "cluster")).containsEntry("name", "ogi-postgres");
        }
        Map<String, Object> store = map(map(spec(cluster), "backup"), "barmanObjectStore");
        assertThat((String) store.get("destinationPath")).startsWith("s3://");
        assertThat(map(map(store, "s3Credentials"), "secretAccessKey")).containsKeys("name", "key");
        assertThat(generic(resources, "ScheduledBackup"))
                .singleElement()
                .satisfies(backup -> assertThat(map(spec(backup), "cluster")).containsEntry("name", "ogi-postgres"));
        GenericKubernetesResource keycloak = oneGeneric(resources, "Keycloak", RealmImportManifest.KEYCLOAK);
        Map<String, Object> db = map(spec(keycloak), "db");
        assertThat(db).containsEntry("database", "keycloak");
        assertThat(map(db, "passwordSecret"))
                .containsEntry("name", managedRoleSecrets(resources).get(owners.get("keycloak")));
    }

    // ---- Keycloak

    @Test
    void theRealmImportIsGeneratedFromTheRealmFile() throws IOException {
        JsonNode realmFile = JSON.readTree(Path.of("keycloak/ogi-realm.json").toFile());
        String expected = RealmImportManifest.render(realmFile);
        if (System.getProperty("ogi.kubernetes.write-realm-import") != null) {
            Files.writeString(RealmImportManifest.FILE, expected);
        }
        assertThat(Files.readString(RealmImportManifest.FILE))
                .as("%s is generated from the realm file; regenerate it (see its header)", RealmImportManifest.FILE)
                .isEqualTo(expected);

        GenericKubernetesResource imported = oneGeneric(overlay("production"), "KeycloakRealmImport", "ogi-realm");
        JsonNode realm = JSON.valueToTree(spec(imported)).path("realm");
        assertThat(realm.has("users")).isFalse();
        assertThat(realm.path("roles")).isEqualTo(realmFile.path("roles"));
        assertThat(realm.path("components")).isEqualTo(realmFile.path("components"));
        assertThat(spec(imported)).containsEntry("keycloakCRName", RealmImportManifest.KEYCLOAK);
        assertThat(clients(realm)
                        .get(RealmImportManifest.SERVICES_CLIENT)
                        .path("secret")
                        .asText())
                .isEqualTo("${" + RealmImportManifest.SECRET_PLACEHOLDER + "}");
        assertThat(clients(realm).get(RealmImportManifest.WEB_CLIENT).path("protocolMappers"))
                .isEqualTo(
                        clients(realmFile).get(RealmImportManifest.WEB_CLIENT).path("protocolMappers"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"small", "production"})
    void theWebModuleIsBehindTheIngressAtTheAddressTheRealmRedirectsTo(String overlay) {
        List<HasMetadata> resources = overlay(overlay);
        Ingress ingress = one(resources, Ingress.class, "web");
        String host = ingress.getSpec().getRules().get(0).getHost();
        assertThat(RealmImportManifest.WEB_URL).isEqualTo("https://" + host);
        assertThat(ingress.getSpec().getTls())
                .singleElement()
                .satisfies(tls -> assertThat(tls.getHosts()).containsExactly(host));
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths())
                .singleElement()
                .satisfies(path -> {
                    assertThat(path.getBackend().getService().getName()).isEqualTo("web");
                    assertThat(path.getBackend().getService().getPort().getName())
                            .isEqualTo("http");
                });
        one(resources, Service.class, "web");
    }

    // ---- overlays

    @Test
    void theSmallOverlayRunsOneInstanceOfEachService() {
        List<HasMetadata> resources = overlay("small");
        assertThat(all(resources, Deployment.class))
                .allSatisfy(deployment ->
                        assertThat(deployment.getSpec().getReplicas()).isEqualTo(1));
        assertThat(all(resources, PodDisruptionBudget.class)).isEmpty();
        assertThat(all(resources, HorizontalPodAutoscaler.class)).isEmpty();
        assertThat(resources)
                .allMatch(resource -> "ogi".equals(resource.getMetadata().getNamespace()));
    }

    @Test
    void productionRunsTwoInstancesOrMoreOfEachServiceWithADisruptionBudgetAndAnAutoscaler() {
        List<HasMetadata> resources = overlay("production");
        for (Deployment deployment : all(resources, Deployment.class)) {
            String name = deployment.getMetadata().getName();
            assertThat(deployment.getSpec().getReplicas()).as(name).isGreaterThanOrEqualTo(2);
            PodDisruptionBudget budget = one(resources, PodDisruptionBudget.class, name);
            assertThat(budget.getSpec().getSelector().getMatchLabels())
                    .isEqualTo(deployment.getSpec().getSelector().getMatchLabels());
            assertThat(budget.getSpec().getMaxUnavailable().getIntVal()).isEqualTo(1);
            HorizontalPodAutoscaler autoscaler = one(resources, HorizontalPodAutoscaler.class, name);
            assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
            assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(name);
            assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        }
        assertThat(spec(oneGeneric(resources, "Cluster", "ogi-postgres"))).containsEntry("instances", 3);
        assertThat(spec(oneGeneric(resources, "Keycloak", RealmImportManifest.KEYCLOAK)))
                .containsEntry("instances", 2);
        assertThat(resources)
                .allMatch(resource -> "ogi".equals(resource.getMetadata().getNamespace()));
    }

    @Test
    void theRendererRefusesWhatItDoesNotRender(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [a.yaml]\nnamePrefix: x-\n");
        assertThatThrownBy(() -> KustomizeSubset.render(dir)).hasMessageContaining("namePrefix");

        Files.writeString(
                dir.resolve("a.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n");
        Files.writeString(
                dir.resolve("p.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  finalizers: [x]\n");
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [a.yaml]\npatches:\n  - path: p.yaml\n");
        assertThatThrownBy(() -> KustomizeSubset.render(dir)).hasMessageContaining("a list in a patch");

        Files.writeString(dir.resolve("p.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n");
        assertThatThrownBy(() -> KustomizeSubset.render(dir)).hasMessageContaining("no [ConfigMap] named b");
    }

    // ---- what the services read

    record ServiceRow(String module, int port, Optional<String> database) {}

    /** ogi-contracts' table: {@code ogi.services.<module>.http-port} and {@code .database}. */
    private static Map<String, ServiceRow> table() {
        Properties settings = new Properties();
        try (InputStream in = OgiService.class.getClassLoader().getResourceAsStream(OgiService.SETTINGS)) {
            settings.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, ServiceRow> rows = new TreeMap<>();
        for (String key : settings.stringPropertyNames()) {
            if (key.startsWith("ogi.services.") && key.endsWith(".http-port")) {
                String module = key.substring("ogi.services.".length(), key.length() - ".http-port".length());
                rows.put(
                        module,
                        new ServiceRow(
                                module,
                                Integer.parseInt(settings.getProperty(key)),
                                Optional.ofNullable(settings.getProperty("ogi.services." + module + ".database"))));
            }
        }
        return rows;
    }

    private static List<String> contractTopics() throws IllegalAccessException {
        List<String> topics = new ArrayList<>();
        for (Field field : Topics.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        return topics;
    }

    /** The sources a packaged service reads: the contracts' and the platform's defaults, its application.properties. */
    private static SmallRyeConfig serviceConfig(String module) throws IOException {
        List<PropertiesConfigSource> sources = new ArrayList<>();
        sources.add(
                new PropertiesConfigSource(OgiService.class.getClassLoader().getResource(OgiService.SETTINGS), 100));
        sources.add(new PropertiesConfigSource(url("ogi-platform/src/main/resources/" + OgiService.SETTINGS), 100));
        Path properties = REPO.resolve(module + "/src/main/resources/application.properties");
        if (Files.exists(properties)) {
            sources.add(new PropertiesConfigSource(properties.toUri().toURL(), 250));
        }
        return new SmallRyeConfigBuilder()
                .addDefaultInterceptors()
                .withSources(sources.toArray(PropertiesConfigSource[]::new))
                .build();
    }

    /** The environment variables MicroProfile Config maps to the service's properties, and those the launcher sets. */
    private static Set<String> settingsRead(String module) throws IOException {
        Set<String> names = StreamSupport.stream(
                        serviceConfig(module).getPropertyNames().spliterator(), false)
                .map(KubernetesManifestsTest::environmentName)
                .collect(Collectors.toCollection(TreeSet::new));
        launcherEnvironment(module).ifPresent(names::addAll);
        return names;
    }

    /** Settings the launcher sets that equal the service's own default, so a cluster needs not set them. */
    private static Set<String> defaultsOfTheirOwn(String module) {
        return Set.of("QUARKUS_OIDC_CLIENT_ID");
    }

    private static Optional<Set<String>> launcherEnvironment(String module) {
        StackConfig local = StackConfig.fromEnvironment(Map.of(StackConfig.HOME, "/srv/ogi"));
        return Arrays.stream(OgiService.values())
                .filter(service -> service.module().equals(module))
                .findFirst()
                .map(service ->
                        new ServiceComponent(local, service, 1).environment().keySet());
    }

    /** MicroProfile Config's rule: every character but letters and digits becomes '_', letters upper case. */
    private static String environmentName(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static URL url(String file) throws IOException {
        return REPO.resolve(file).toUri().toURL();
    }

    // ---- reading resources

    private static Set<Path> referencedFiles(Path dir) {
        Set<Path> files = new HashSet<>();
        Path kustomization = dir.resolve("kustomization.yaml");
        files.add(kustomization.normalize());
        Map<String, Object> content =
                KustomizeSubset.readDocuments(kustomization).get(0);
        for (String entry : KubernetesManifestsTest.<String>listOf(content.get("resources"))) {
            Path path = dir.resolve(entry).normalize();
            if (Files.isDirectory(path)) {
                files.addAll(referencedFiles(path));
            } else {
                files.add(path);
            }
        }
        for (Object patch : listOf(content.get("patches"))) {
            files.add(dir.resolve((String) ((Map<?, ?>) patch).get("path")).normalize());
        }
        return files;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> listOf(Object value) {
        return value == null ? List.of() : (List<T>) value;
    }

    private static <T extends HasMetadata> List<T> all(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T extends HasMetadata> T one(List<HasMetadata> resources, Class<T> type, String name) {
        List<T> found = all(resources, type).stream()
                .filter(resource -> resource.getMetadata().getName().equals(name))
                .toList();
        assertThat(found).as("one %s named %s", type.getSimpleName(), name).hasSize(1);
        return found.get(0);
    }

    private static List<GenericKubernetesResource> generic(List<HasMetadata> resources, String kind) {
        return all(resources, GenericKubernetesResource.class).stream()
                .filter(resource -> resource.getKind().equals(kind))
                .toList();
    }

    private static GenericKubernetesResource oneGeneric(List<HasMetadata> resources, String kind, String name) {
        List<GenericKubernetesResource> found = generic(resources, kind).stream()
                .filter(resource -> resource.getMetadata().getName().equals(name))
                .toList();
        assertThat(found).as("one %s named %s", kind, name).hasSize(1);
        return found.get(0);
    }

    private static Map<String, Object> spec(GenericKubernetesResource resource) {
        return map(resource.getAdditionalProperties(), "spec");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as(key).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static Container container(List<HasMetadata> resources, String module) {
        List<Container> containers = one(resources, Deployment.class, module)
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers();
        assertThat(containers).as(module).hasSize(1);
        return containers.get(0);
    }

    private static Map<String, EnvVar> env(Container container) {
        return container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, var -> var));
    }

    private static String secretRef(Map<String, EnvVar> env, String name) {
        EnvVar var = env.get(name);
        assertThat(var).as(name).isNotNull();
        assertThat(var.getValue()).as(name + " has no literal value").isNull();
        var ref = var.getValueFrom().getSecretKeyRef();
        return ref.getName() + "/" + ref.getKey();
    }

    private static void assertHttp(Probe probe, String path) {
        assertThat(probe).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http");
    }

    /** Role name to the name of its password Secret, from the cluster's managed roles. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> managedRoleSecrets(List<HasMetadata> resources) {
        Map<String, String> secrets = new TreeMap<>();
        for (Object role : (List<Object>) map(spec(oneGeneric(resources, "Cluster", "ogi-postgres")), "managed")
                .get("roles")) {
            Map<String, Object> entry = (Map<String, Object>) role;
            if (Boolean.TRUE.equals(entry.get("login")) && entry.get("passwordSecret") != null) {
                secrets.put((String) entry.get("name"), (String)
                        map(entry, "passwordSecret").get("name"));
            }
        }
        return secrets;
    }

    /** Database name to owner, from the CloudNativePG Database resources. */
    private static Map<String, String> databaseOwners(List<HasMetadata> resources) {
        return generic(resources, "Database").stream()
                .collect(Collectors.toMap(database -> (String) spec(database).get("name"), database ->
                        (String) spec(database).get("owner")));
    }

    /** Instances a consumer group may have: the Deployments' replicas and the autoscalers' maximum. */
    private static int maxInstances(List<HasMetadata> resources) {
        return Stream.concat(
                        all(resources, Deployment.class).stream()
                                .map(d -> d.getSpec().getReplicas()),
                        all(resources, HorizontalPodAutoscaler.class).stream()
                                .map(h -> h.getSpec().getMaxReplicas()))
                .max(Integer::compare)
                .orElseThrow();
    }

    private static boolean secretLike(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("secret") || lower.contains("credential");
    }

    private static Map<String, JsonNode> clients(JsonNode realm) {
        Map<String, JsonNode> clients = new TreeMap<>();
        realm.path("clients")
                .forEach(client -> clients.put(client.path("clientId").asText(), client));
        return clients;
    }

    /**
     * Fields named like a password or secret that hold a literal (not a reference to a Secret, not an import
     * placeholder): {@code secretKeyRef}, {@code passwordSecret} and {@code tlsSecret} name Secrets.
     */
    private static List<String> literalSecrets(JsonNode node, String path) {
        if (node.isArray()) {
            List<String> found = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                found.addAll(literalSecrets(node.get(i), path + "[" + i + "]"));
            }
            return found;
        }
        if (!node.isObject()) {
            return Collections.emptyList();
        }
        List<String> found = new ArrayList<>();
        if (node.has("name")
                && node.hasNonNull("value")
                && secretLike(node.path("name").asText())) {
            found.add(path + " " + node.path("name").asText()); // an environment variable
        }
        node.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (secretLike(field.getKey())
                    && !NAMES_A_SECRET.contains(field.getKey())
                    && value.isTextual()
                    && !value.asText().matches("\\$\\{[A-Z_]+}")) {
                found.add(path + "." + field.getKey());
            }
            found.addAll(literalSecrets(value, path + "." + field.getKey()));
        });
        return found;
    }
}
