package org.ogi.benchmarks.intake;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.SignedJwts;

/**
 * Sustained in-person registrations per second and their latency (load from wrk), against the packaged intake
 * service (its quarkus-run.jar as a child process) on an embedded PostgreSQL server with durable commits and a Kafka
 * broker fed by the outbox relay; then pgbench runs a two-insert transaction (request row + outbox row) on the same server.
 * Only 127.0.0.1 is contacted; every phase is bounded in time. Arguments: concurrency (32), seconds measured (30),
 * seconds of warm-up (90: the JIT compiler is still busy with the service's code for the first minute).
 */
public final class IntakeLoad {

    private static final int PORT = 18981;
    private static final String AGENCY = "BENCH";
    private static final String DATABASE = "ogi_bench";
    private static DatabaseConnections database;

    private interface DatabaseConnections {
        Connection open() throws SQLException;
    }

    private IntakeLoad() {}

    public static void main(String[] args) throws Exception {
        int concurrency = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 90;
        Path repo =
                Path.of(System.getProperty("ogi.home", ".")).toAbsolutePath().normalize();
        Path jar = repo.resolve("intake-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: mvn -B -o -pl intake-service package -DskipTests");
        }

        String kafka = OgiInfrastructure.kafkaBootstrapServers();
        // The test server runs with fsync and synchronous_commit off; this one commits durably, as production does.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "300")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(postgres)));
        database = () -> postgres.getDatabase("postgres", DATABASE).getConnection();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE);
        }
        int dbPort = postgres.getPort();
        String settings;
        try (Connection c = database.open();
                Statement s = c.createStatement()) {
            settings = "fsync=" + query(s, "show fsync") + " synchronous_commit=" + query(s, "show synchronous_commit")
                    + " wal_sync_method=" + query(s, "show wal_sync_method") + " version="
                    + query(s, "show server_version");
        }
        System.out.printf("PostgreSQL 127.0.0.1:%d (%s), Kafka %s%n", dbPort, settings, kafka);

        KeyPair keys = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Process service = startService(jar, dbPort, kafka, keys, repo.resolve("benchmarks/target/intake-service.log"));
        Result http;
        try {
            waitUntilReady(Duration.ofSeconds(90));
            List<String> tokens = IntStream.rangeClosed(1, concurrency)
                    .mapToObj(clerk -> token(keys, clerk))
                    .toList();
            Path script = repo.resolve("benchmarks/target/in-person-registration.lua");
            try (var lua = IntakeLoad.class.getResourceAsStream("/intake/in-person-registration.lua")) {
                Files.copy(lua, script, StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.printf("warm-up %d s, then %d s at concurrency %d%n", warmup, seconds, concurrency);
            Result warm = wrk(script, tokens, concurrency, warmup);
            System.out.println(warm.describe("warm-up"));
            Duration cpuBefore = cpu(service);
            http = wrk(script, tokens, concurrency, seconds);
            double cpuMillis = cpu(service).minus(cpuBefore).toNanos() / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "service CPU: %.2f ms per registration (HTTP, JSON, token, Hibernate, relay)%n",
                    cpuMillis / Math.max(1, http.count()));
        } finally {
            service.destroy();
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly();
            }
        }
        Result pgbench = pgbench(dbPort, concurrency, seconds, repo.resolve("benchmarks/target"));

        System.out.println();
        System.out.println(http.describe("intake POST /api/requests (IN_PERSON)"));
        System.out.println(pgbench.describe("pgbench two-insert transaction"));
        System.out.printf(
                Locale.ROOT, "ratio intake/pgbench: %.1f%%%n", 100.0 * http.perSecond() / pgbench.perSecond());
        System.exit(0);
    }

    record Result(long count, double seconds, double p50Millis, double p99Millis, long failures) {

        double perSecond() {
            return count / seconds;
        }

        String describe(String what) {
            return String.format(
                    Locale.ROOT,
                    "%-40s %8.1f per s  p50 %7.2f ms  p99 %7.2f ms  (%d in %.1f s, %d failed)",
                    what,
                    perSecond(),
                    p50Millis,
                    p99Millis,
                    count,
                    seconds,
                    failures);
        }
    }

    private static Process startService(Path jar, int dbPort, String kafka, KeyPair keys, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        String db = "127.0.0.1:" + dbPort + "/" + DATABASE;
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + PORT,
                "-Dquarkus.datasource.reactive.url=postgresql://" + db,
                "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://" + db,
                "-Dkafka.bootstrap.servers=" + kafka,
                // Tokens are signed here and checked against this key: no identity server takes part.
                "-Dquarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.public-key="
                        + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()),
                "-Dquarkus.log.level=WARN",
                "-jar",
                jar.toString()));
        // For profiling, e.g. -Dservice.jvm.options=-XX:StartFlightRecording=filename=intake.jfr
        String options = System.getProperty("service.jvm.options", "").strip();
        if (!options.isEmpty()) {
            command.addAll(1, List.of(options.split("\\s+")));
        }
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static Duration cpu(Process process) {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static void waitUntilReady(Duration limit) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<String> r = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/q/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                "intake-service not ready in " + limit + "; see benchmarks/target/intake-service.log");
    }

    /**
     * Runs wrk (a C load generator, so the client takes little of the two cores) for {@code seconds} with
     * {@code concurrency} connections, each sending a registration and waiting for its answer (closed loop, as
     * pgbench). Only 2xx answers count. The requests take turns with the tokens, as clerks at that many counters.
     */
    private static Result wrk(Path script, List<String> tokens, int concurrency, int seconds) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "wrk",
                "-t",
                "1",
                "-c",
                Integer.toString(concurrency),
                "-d",
                seconds + "s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                script.toString(),
                "http://127.0.0.1:" + PORT,
                "--"));
        command.addAll(tokens);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        Matcher total = Pattern.compile("(\\d+) requests in ([\\d.]+)(s|m)").matcher(output);
        if (!total.find()) {
            throw new IllegalStateException("unexpected wrk output:\n" + output);
        }
        Matcher non2xx = Pattern.compile("Non-2xx or 3xx responses: (\\d+)").matcher(output);
        Matcher errors = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)")
                .matcher(output);
        // wrk counts non-2xx answers among its requests, socket errors and timeouts apart from them.
        long rejected = non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0;
        long failures = rejected;
        if (errors.find()) {
            for (int g = 1; g <= 4; g++) {
                failures += Long.parseLong(errors.group(g));
            }
        }
        long count = Long.parseLong(total.group(1)) - rejected;
        double elapsed = Double.parseDouble(total.group(2)) * (total.group(3).equals("m") ? 60 : 1);
        return new Result(count, elapsed, wrkPercentile(output, "50"), wrkPercentile(output, "99"), failures);
    }

    /** A latency percentile from wrk's --latency table ("99%  168.80ms"), in milliseconds. */
    private static double wrkPercentile(String output, String percent) {
        Matcher m = Pattern.compile("\\s" + percent + "%\\s+([\\d.]+)(us|ms|s)").matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no " + percent + "% latency in wrk output:\n" + output);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            default -> value;
        };
    }

    /** An RS256 token of intake clerk number {@code clerk} of the benchmark agency, valid for two hours. */
    private static String token(KeyPair keys, int clerk) {
        long now = Instant.now().getEpochSecond();
        return SignedJwts.rs256(
                keys,
                ("{\"iss\":\"ogi-benchmark\",\"sub\":\"bench-clerk-%d\","
                                + "\"preferred_username\":\"bench-clerk-%d\",\"agency\":\"%s\","
                                + "\"realm_access\":{\"roles\":[\"intake-clerk\"]},\"groups\":[\"intake-clerk\"],"
                                + "\"iat\":%d,\"exp\":%d}")
                        .formatted(clerk, clerk, AGENCY, now, now + 7200));
    }

    /**
     * pgbench with the same concurrency and duration: one transaction inserts a request row and an outbox row of
     * the sizes the service writes, into copies of its tables (indexes and the outbox NOTIFY trigger included).
     */
    private static Result pgbench(int dbPort, int concurrency, int seconds, Path dir) throws Exception {
        try (Connection c = database.open();
                Statement s = c.createStatement()) {
            s.execute("drop table if exists bench_request, bench_outbox");
            s.execute("create table bench_request (like information_request including all)");
            s.execute("create table bench_outbox (like outbox_message including all)");
            s.execute("create trigger bench_outbox_inserted after insert on bench_outbox for each statement "
                    + "execute function outbox_message_notify()");
            s.execute("drop sequence if exists bench_number; create sequence bench_number");
        }
        String payload =
                "{\"specversion\":\"1.0\",\"type\":\"ogi.request.received.v1\",\"data\":{" + "x".repeat(900) + "}}";
        Path script = dir.resolve("intake-two-inserts.sql");
        Files.writeString(script, """
                BEGIN;
                INSERT INTO bench_request (tracking_number, agency, channel, status, received_date, registered_at,
                    registered_by, applicant_type, applicant_category, applicant_name, id_type, id_number, phone, email,
                    address, info_title, info_description, delivery_form, delivery_method, missing_contents, flags,
                    possible_repeat_of, identity_key, name_phone_key)
                VALUES ('PGB-2026-' || nextval('bench_number'), 'BENCH', 'IN_PERSON', 'RECEIVED', current_date, now(),
                    'bench-clerk', 'NATURAL_PERSON', 'NATURAL_PERSON', '张三', 'RESIDENT_ID', '11010519491231002X',
                    '13800138000', 'zhangsan@example.cn', '北京市东城区', '2025年区财政预算执行情况',
                    '请提供2025年区财政预算执行情况报告全文', 'ELECTRONIC', 'EMAIL', '{}', '{}', '{}',
                    'RESIDENT_ID:11010519491231002X', '张三:13800138000');
                INSERT INTO bench_outbox (event_id, event_type, topic, message_key, payload, created_at)
                VALUES (gen_random_uuid()::text, 'ogi.request.received.v1', 'ogi.requests', 'PGB', '%s', now());
                COMMIT;
                """.formatted(payload));
        Path logPrefix = dir.resolve("pgbench-log");
        try (var old = Files.list(dir)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith("pgbench-log"))
                    .toList()) {
                Files.delete(p);
            }
        }
        Process p = new ProcessBuilder(
                        "pgbench",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        Integer.toString(dbPort),
                        "-U",
                        "postgres",
                        "-n",
                        "-c",
                        Integer.toString(concurrency),
                        "-j",
                        "2",
                        "-T",
                        Integer.toString(seconds),
                        "-l",
                        "--log-prefix=" + logPrefix,
                        "-f",
                        script.toString(),
                        DATABASE)
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        System.out.println(output);
        Matcher processed = Pattern.compile("number of transactions actually processed: (\\d+)")
                .matcher(output);
        Matcher failed =
                Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
        Matcher tps = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)")
                .matcher(output);
        if (!processed.find() || !tps.find()) {
            throw new IllegalStateException("unexpected pgbench output:\n" + output);
        }
        long count = Long.parseLong(processed.group(1));
        List<Long> latencies = new ArrayList<>();
        try (var logs = Files.list(dir)) {
            for (Path log : logs.filter(f -> f.getFileName().toString().startsWith("pgbench-log"))
                    .toList()) {
                for (String line : Files.readAllLines(log)) {
                    latencies.add(Long.parseLong(line.split(" ")[2]) * 1000);
                }
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(
                count,
                count / Double.parseDouble(tps.group(1)),
                percentile(sorted, 0.50) / 1e6,
                percentile(sorted, 0.99) / 1e6,
                failed.find() ? Long.parseLong(failed.group(1)) : 0);
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // exiting anyway
        }
    }

    private static double percentile(long[] sorted, double q) {
        return sorted.length == 0
                ? Double.NaN
                : sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
    }

    private static String query(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
