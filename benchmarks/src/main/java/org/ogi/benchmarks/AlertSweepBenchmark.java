package org.ogi.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.deadline.persistence.AlertSweepSql;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The alert sweep's two SQL statements ({@link AlertSweepSql}, exactly as the service runs them) against an embedded
 * PostgreSQL with deadline-service's migrations and {@code openClocks} open clocks whose due dates are spread evenly
 * from 30 days before to 150 days after "today". Each invocation runs both statements in one transaction and rolls
 * it back, and an untimed VACUUM before each invocation removes the dead rows it left, so every invocation sees the
 * same state. Not measured: the outbox rows the service appends per alert and
 * the Kafka relay.
 *
 * <ul>
 *   <li>{@code history = steady}: earlier sweeps already sent (and marked) the alerts up to yesterday; today's sweep
 *       finds the clocks that newly entered the due-soon window or passed their due date (about 11,000 alerts).</li>
 *   <li>{@code history = first}: no alert was ever sent; every due-soon and every overdue clock is alerted (about
 *       190,000 alerts): the worst case, e.g. the first sweep after loading a backlog.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AlertSweepBenchmark {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 16);
    private static final int DUE_SOON_WORKING_DAYS = 3;
    private static final Pattern PARAMETER = Pattern.compile(":(today|horizon|now|batch)\\b");

    @Param({"1000000"})
    public int openClocks;

    @Param({"steady", "first"})
    public String history;

    private EmbeddedPostgres postgres;
    private Connection connection;
    private Map<String, Object> parameters;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        connection = postgres.getPostgresDatabase().getConnection();
        try (Statement statement = connection.createStatement()) {
            for (String migration : migrations()) {
                statement.execute(migration);
            }
            statement.execute("""
                    insert into deadline_clock (tracking_number, clock, kind, agency, start_date, working_days, due_date,
                                                provisional, regime, state)
                    select 'B-' || g, 'REPLY', 'REPLY', 'A' || (g %% 50), due - 28, 20, due, false, 'OGI_2019', 'OPEN'
                    from generate_series(1, %d) g
                    cross join lateral (select date '%s' - 30 + (g %% 181) as due) d""".formatted(openClocks, TODAY));
            WorkingDayCalendar calendar = WorkingDayCalendar.official();
            LocalDate yesterday = TODAY.minusDays(1);
            if (history.equals("steady")) {
                LocalDate yesterdaysHorizon = calendar.addWorkingDays(yesterday, DUE_SOON_WORKING_DAYS)
                        .date();
                statement.execute("""
                        insert into deadline_alert (tracking_number, clock, due_date, alert, agency, sent_at)
                        select tracking_number, clock, due_date, 'APPROACHING', agency, now() from deadline_clock
                        where due_date <= date '%1$s'
                        union all
                        select tracking_number, clock, due_date, 'BREACHED', agency, now() from deadline_clock
                        where due_date < date '%2$s'""".formatted(yesterdaysHorizon, yesterday));
                statement.execute("""
                        update deadline_clock set approaching_alerted = due_date <= date '%1$s',
                                                  breached_alerted = due_date < date '%2$s'""".formatted(yesterdaysHorizon, yesterday));
            }
            statement.execute("vacuum analyze");
            parameters = Map.of(
                    "today",
                    TODAY,
                    "horizon",
                    calendar.addWorkingDays(TODAY, DUE_SOON_WORKING_DAYS).date(),
                    "now",
                    OffsetDateTime.of(TODAY.atTime(2, 0), ZoneOffset.ofHours(8)),
                    // The whole sweep in one statement per kind; the service splits it into batches of 5,000.
                    "batch",
                    Integer.MAX_VALUE);
        }
        connection.setAutoCommit(false);
    }

    /** Not timed: removes what the rolled-back invocation left behind, so each one starts from the same tables. */
    @Setup(Level.Invocation)
    public void vacuum() throws SQLException {
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("vacuum deadline_clock, deadline_alert");
        }
        connection.setAutoCommit(false);
    }

    @Benchmark
    public int sweep() throws SQLException {
        try {
            return run(AlertSweepSql.APPROACHING) + run(AlertSweepSql.BREACHED);
        } finally {
            connection.rollback();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, SQLException {
        connection.close();
        postgres.close();
    }

    private int run(String namedSql) throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(namedSql);
        while (matcher.find()) {
            values.add(parameters.get(matcher.group(1)));
        }
        try (PreparedStatement statement = connection.prepareStatement(matcher.replaceAll("?"))) {
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            int alerts = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    alerts++;
                }
            }
            return alerts;
        }
    }

    /** deadline-service's Flyway migrations, in version order, read from its jar (or classes directory). */
    private static List<String> migrations() throws IOException, URISyntaxException {
        URL location = AlertSweepSql.class.getClassLoader().getResource("db/migration");
        if (location == null) {
            throw new IllegalStateException("deadline-service migrations not on the classpath");
        }
        List<String> names = new ArrayList<>();
        if (location.openConnection() instanceof JarURLConnection jar) {
            try (JarFile file = jar.getJarFile()) {
                file.stream()
                        .map(e -> e.getName())
                        .filter(n -> n.startsWith("db/migration/V") && n.endsWith(".sql"))
                        .forEach(names::add);
            }
        } else {
            try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                files.map(p -> "db/migration/" + p.getFileName()).forEach(names::add);
            }
        }
        names.sort(Comparator.comparingInt(AlertSweepBenchmark::version));
        List<String> scripts = new ArrayList<>();
        for (String name : names) {
            try (InputStream in = AlertSweepSql.class.getClassLoader().getResourceAsStream(name)) {
                scripts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return scripts;
    }

    private static int version(String migrationName) {
        String file = migrationName.substring(migrationName.lastIndexOf('/') + 2);
        return Integer.parseInt(file.substring(0, file.indexOf("__")));
    }
}
