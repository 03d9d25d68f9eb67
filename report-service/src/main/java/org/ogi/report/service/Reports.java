package org.ogi.report.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogi.law.ApplicantCategory;
import org.ogi.law.ReportColumn;
import org.ogi.law.TableFourBlock;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;
import org.ogi.report.config.ReportConfig;
import org.ogi.report.domain.AnnualReport;
import org.ogi.report.domain.AppealFact;
import org.ogi.report.domain.CaseFact;
import org.ogi.report.domain.Discrepancy;
import org.ogi.report.domain.TableFourReport;
import org.ogi.report.domain.TableThree;
import org.ogi.report.persistence.ReadModel;

/** Annual reports from the read model: computed, checked, drilled into, frozen. */
@ApplicationScoped
public class Reports {

    /** The earliest year a report is asked for; also bounds bad input. */
    public static final int FIRST_YEAR = 2008;

    public static final int LAST_YEAR = 2199;

    private final ReadModel model;
    private final ReportConfig config;
    private final Clock clock;

    Reports(ReadModel model, ReportConfig config, Clock clock) {
        this.model = model;
        this.config = config;
        this.clock = clock;
    }

    /** A checked report with the frozen figures it is compared with, if the year was frozen. */
    public record Checked(
            AnnualReport report, Optional<ReadModel.Frozen> frozen, List<AnnualReport.Difference> differences) {}

    /**
     * The report of {@code agency} for {@code year}; a report failing an invariant is a 409 problem naming each
     * failing cell and the cases behind it instead of numbers.
     */
    @WithSession
    public Uni<Checked> report(String agency, int year) {
        return checked(agency, List.of(agency), year)
                .chain(report -> model.frozen(agency, year)
                        .map(frozen -> new Checked(
                                report,
                                frozen,
                                frozen.map(f -> report.differencesFrom(parse(f.cells())))
                                        .orElse(List.of()))));
    }

    /** The roll-up of a parent agency over itself and its configured children, summed per cell. */
    @WithSession
    public Uni<AnnualReport> rollUp(String parent, int year) {
        List<String> agencies = new ArrayList<>();
        agencies.add(parent);
        agencies.addAll(config.children().getOrDefault(parent, List.of()));
        return checked(parent, agencies, year);
    }

    public List<String> children(String parent) {
        return config.children().getOrDefault(parent, List.of());
    }

    /** The tracking numbers (table 三) or appeal numbers (table 四) behind one cell, e.g. {@code 三/NEW/TOTAL}. */
    @WithSession
    public Uni<List<String>> cases(String agency, int year, String cell) {
        checkYear(year);
        String[] parts = cell == null ? new String[0] : cell.split("/");
        if (parts.length != 3) {
            throw ProblemException.invalid(
                    "cell", "is <table>/<line>/<column>, e.g. 三/NEW/TOTAL or 四/RECONSIDERATION/PENDING");
        }
        if (parts[0].equals("三")) {
            return model.factsAround(List.of(agency), year, config.countRecordCorrections())
                    .map(facts -> tableThreeCases(facts, year, parts[1], parts[2]));
        }
        if (parts[0].equals("四")) {
            TableFourBlock block = enumOf(TableFourBlock.class, parts[1], "cell");
            ReportColumn column =
                    parts[2].equals(TableThree.TOTAL_KEY) ? null : enumOf(ReportColumn.class, parts[2], "cell");
            return model.appealsFiledIn(List.of(agency), year).map(appeals -> {
                TableFourReport table = TableFourReport.count(year, appeals);
                return appeals.stream()
                        .filter(a -> table.countsIn(a, block, column))
                        .map(AppealFact::appealNumber)
                        .toList();
            });
        }
        throw ProblemException.invalid("cell", "starts with 三 or 四");
    }

    /** Freezes the year's report as published: its cells, time, author and SHA-256; a second freeze is a 409. */
    @WithTransaction
    public Uni<ReadModel.Frozen> freeze(String agency, int year, String by) {
        return checked(agency, List.of(agency), year).chain(report -> {
            Map<String, Long> cells = report.cells();
            ReadModel.Frozen frozen = new ReadModel.Frozen(
                    OffsetDateTime.now(clock), by, AnnualReport.checksum(cells), AnnualReport.canonical(cells));
            return model.freeze(agency, year, frozen).map(done -> {
                if (!done) {
                    throw ProblemException.conflict("the " + year + " report of " + agency + " is frozen already");
                }
                return frozen;
            });
        });
    }

    private List<String> tableThreeCases(List<CaseFact> facts, int year, String lineKey, String columnKey) {
        TableThree layout = TableThree.count(year, List.of());
        if (!layout.hasLine(lineKey)) {
            throw ProblemException.invalid("cell", "has no line " + lineKey + " in the " + year + " table");
        }
        ApplicantCategory column =
                columnKey.equals(TableThree.TOTAL_KEY) ? null : enumOf(ApplicantCategory.class, columnKey, "cell");
        var line = layout.line(lineKey);
        return facts.stream()
                .filter(f -> f.shape().countsIn(line, year) && (column == null || f.column() == column))
                .map(CaseFact::trackingNumber)
                .toList();
    }

    private Uni<AnnualReport> checked(String name, List<String> agencies, int year) {
        checkYear(year);
        return model.shapes(agencies)
                .chain(shapes -> model.appealsFiledIn(agencies, year).chain(appeals -> {
                    TableThree three = TableThree.count(year, shapes);
                    TableFourReport four = TableFourReport.count(year, appeals);
                    List<Discrepancy> found = new ArrayList<>(three.check());
                    found.addAll(four.check(appeals));
                    AnnualReport report = new AnnualReport(name, year, three, four);
                    if (found.isEmpty()) {
                        return Uni.createFrom().item(report);
                    }
                    return model.factsAround(agencies, year, config.countRecordCorrections())
                            .map(facts -> {
                                List<Discrepancy> named = found.stream()
                                        .map(d -> d.table().equals("三")
                                                ? d.withCases(facts.stream()
                                                        .filter(three.suspect(d))
                                                        .map(CaseFact::trackingNumber)
                                                        .toList())
                                                : d)
                                        .toList();
                                throw new ProblemException(new Problem(
                                                ProblemKind.CONFLICT,
                                                "the " + year + " report of " + name + " fails " + named.size()
                                                        + " invariant(s): check the cases named before publishing")
                                        .with("discrepancies", named));
                            });
                }));
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.invalid("year", "is between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, String field) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "has no column or block " + name);
        }
    }

    private static Map<String, Long> parse(String canonical) {
        Map<String, Long> cells = new LinkedHashMap<>();
        for (String line : canonical.split("\n")) {
            int eq = line.lastIndexOf('=');
            if (eq > 0) {
                cells.put(line.substring(0, eq), Long.parseLong(line.substring(eq + 1)));
            }
        }
        return cells;
    }
}
