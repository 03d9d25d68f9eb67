package org.ogi.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ogi.law.ApplicantCategory;
import org.ogi.law.TableThreeRow;
import org.ogi.report.domain.AnnualReport;
import org.ogi.report.domain.CaseFact;
import org.ogi.report.domain.ShapeCount;
import org.ogi.report.domain.TableFourReport;
import org.ogi.report.domain.TableThree;
import org.ogi.report.persistence.ReadModel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * report-service's annual report for one agency whose read model holds {@code cases} requests (received 2016–2025,
 * every applicant column, every table 三 row, 5% still open), on an embedded PostgreSQL with report-service's own
 * migration: the counters are read with {@link ReadModel#SHAPES} (the service's statement, its list parameter bound to
 * the one agency), counted into tables 三 and 四, checked against the invariants, and keyed and checksummed as a
 * frozen report would be. {@code source = facts} is the comparison: the same shapes grouped from the million fact rows
 * at report time instead of read from the maintained counters.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnnualReportBenchmark {

    private static final int YEAR = 2024;
    private static final String FACT_SHAPES = "select coalesce(applicant_column, ''),"
            + " coalesce(extract(year from received_date)::int, 0), coalesce(extract(year from outcome_date)::int, 0),"
            + " coalesce(outcome_row, ''), count(*) from case_fact where agency in (?) group by 1, 2, 3, 4";

    @Param({"1000000"})
    public int cases;

    @Param({"counters", "facts"})
    public String source;

    private EmbeddedPostgres postgres;
    private Connection connection;

    @Setup
    public void setUp() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        connection = postgres.getPostgresDatabase().getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute(migration());
            StringBuilder rows = new StringBuilder("array[");
            TableThreeRow[] values = TableThreeRow.values();
            for (int i = 0; i < values.length; i++) {
                rows.append(i == 0 ? "" : ",")
                        .append('\'')
                        .append(values[i].name())
                        .append('\'');
            }
            rows.append(']');
            StringBuilder columns = new StringBuilder("array[");
            for (ApplicantCategory column : ApplicantCategory.values()) {
                columns.append(column.ordinal() == 0 ? "" : ",")
                        .append('\'')
                        .append(column.name())
                        .append('\'');
            }
            columns.append(']');
            // Received on any day of 2016–2025, answered 0–59 days later, one in twenty never (still open).
            statement.execute("""
                    insert into case_fact (tracking_number, agency, kind, applicant_column, received_date, outcome_date,
                                           outcome_row, row_date)
                    select 'HB-' || g, 'HB', 'INFORMATION', (%2$s)[1 + g %% 6], received,
                           case when g %% 20 = 0 then null else received + (g %% 60) end,
                           case when g %% 20 = 0 then null else (%3$s)[1 + (g / 7) %% 21] end,
                           case when g %% 20 = 0 then null else received + (g %% 60) end
                    from generate_series(1, %1$d) g
                    cross join lateral (select date '2016-01-01' + (g::bigint * 7919 %% 3653)::int as received) r""".formatted(cases, columns, rows));
            statement.execute(ReadModel.COUNT_FACTS);
            statement.execute("""
                    insert into appeal_fact (appeal_number, agency, kind, filed_on, report_column, decided_on)
                    select 'FY-' || g, 'HB', (array['RECONSIDERATION','DIRECT_SUIT','SUIT_AFTER_RECONSIDERATION'])[1 + g % 3],
                           date '2024-01-01' + (g % 365), (array['MAINTAINED','CORRECTED','OTHER'])[1 + g % 3],
                           case when g % 4 = 0 then null else date '2024-01-01' + (g % 365) + 30 end
                    from generate_series(1, 2000) g""");
            statement.execute("update appeal_fact set report_column = null where decided_on is null");
            statement.execute("vacuum analyze");
        }
    }

    @Benchmark
    public String report() throws SQLException {
        List<ShapeCount> shapes = new ArrayList<>();
        String sql = source.equals("counters") ? ReadModel.SHAPES.replace("(:agencies)", "(?)") : FACT_SHAPES;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, "HB");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String column = rows.getString(1);
                    String row = rows.getString(4);
                    shapes.add(new ShapeCount(
                            new CaseFact.Shape(
                                    column.isEmpty() ? null : ApplicantCategory.valueOf(column),
                                    year(rows.getInt(2)),
                                    year(rows.getInt(3)),
                                    row.isEmpty() ? null : TableThreeRow.valueOf(row)),
                            rows.getLong(5)));
                }
            }
        }
        List<org.ogi.report.domain.AppealFact> appeals = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select appeal_number, kind, filed_on, report_column, decided_on from appeal_fact "
                        + "where agency = ? and filed_on between ? and ?")) {
            statement.setString(1, "HB");
            statement.setObject(2, java.time.LocalDate.of(YEAR, 1, 1));
            statement.setObject(3, java.time.LocalDate.of(YEAR, 12, 31));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    appeals.add(new org.ogi.report.domain.AppealFact(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getObject(3, java.time.LocalDate.class),
                            rows.getString(4),
                            rows.getObject(5, java.time.LocalDate.class)));
                }
            }
        }
        TableThree three = TableThree.count(YEAR, shapes);
        TableFourReport four = TableFourReport.count(YEAR, appeals);
        if (!three.check().isEmpty() || !four.check(appeals).isEmpty()) {
            throw new IllegalStateException("the generated read model breaks an invariant");
        }
        return AnnualReport.checksum(new AnnualReport("HB", YEAR, three, four).cells());
    }

    @TearDown
    public void tearDown() throws IOException, SQLException {
        connection.close();
        postgres.close();
    }

    private static Integer year(int value) {
        return value == 0 ? null : value;
    }

    private static String migration() throws IOException {
        try (InputStream in =
                ReadModel.class.getClassLoader().getResourceAsStream("db/migration/V1__report_read_model.sql")) {
            if (in == null) {
                throw new IllegalStateException("report-service's migration is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
