package org.ogi.appeals.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogi.appeals.config.AppealsConfig;
import org.ogi.appeals.domain.AnswerLetter;
import org.ogi.appeals.domain.AppealAction;
import org.ogi.appeals.domain.AppealStatus;
import org.ogi.appeals.domain.AppealWorkflow;
import org.ogi.appeals.domain.TableFour;
import org.ogi.appeals.persistence.AppealCaseEntity;
import org.ogi.appeals.persistence.AppealDeadlineEntity;
import org.ogi.appeals.persistence.AppealEntity;
import org.ogi.appeals.persistence.AppealHistoryEntity;
import org.ogi.appeals.persistence.AppealableCaseEntity;
import org.ogi.law.AppealKind;
import org.ogi.platform.problem.ProblemException;

/** What legal staff read: the agency's appeals, one appeal with its history and clocks, a case's appeals, table 四. */
@ApplicationScoped
public class AppealReads {

    private final AppealsConfig config;
    private final Clock clock;

    AppealReads(AppealsConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public record Summary(
            String appealNumber,
            String kind,
            String status,
            String appellant,
            String forum,
            LocalDate filedOn,
            LocalDate answerDueDate,
            boolean answerDueSoon,
            boolean answerOverdue,
            String outcome,
            Boolean filedInTime) {}

    public record Deadline(
            String clock,
            LocalDate startDate,
            LocalDate dueDate,
            String basis,
            boolean duty,
            boolean approaching,
            boolean overdue) {}

    public record HistoryEntry(OffsetDateTime at, String actor, String action, String detail) {}

    public record FilingCheck(String rule, LocalDate lastDay, Boolean inTime, List<String> flags, String explanation) {}

    public record Detail(
            String appealNumber,
            String agency,
            String kind,
            boolean nonPerformance,
            String followsAppeal,
            List<String> trackingNumbers,
            String appellant,
            String forum,
            String forumFileNumber,
            String procedure,
            LocalDate filedOn,
            LocalDate copyReceivedOn,
            LocalDate knewOn,
            Boolean remediesTold,
            String status,
            List<String> allowedActions,
            FilingCheck filingCheck,
            String answerDrafter,
            LocalDate answerSubmittedOn,
            List<String> answerEvidence,
            String outcome,
            String outcomeLabel,
            String reportColumn,
            LocalDate decidedOn,
            LocalDate servedOn,
            String documentNumber,
            Boolean replyAgain,
            Integer decisionPeriodExtensionDays,
            LocalDate decisionPeriodExtendedOn,
            LocalDate withdrawnOn,
            List<Deadline> deadlines,
            List<HistoryEntry> history) {}

    public record CaseAppeals(
            String trackingNumber,
            String agency,
            LocalDate receivedDate,
            String applicantName,
            String replyType,
            LocalDate repliedOn,
            LocalDate deliveredOn,
            LocalDate replyDueDate,
            Boolean remediesTold,
            List<Summary> appeals) {}

    /** Search filter; null members match everything. */
    public record Filter(AppealKind kind, AppealStatus status, Integer year, boolean dueSoon, boolean overdue) {}

    @WithSession
    public Uni<List<Summary>> list(String agency, Filter filter) {
        StringBuilder query = new StringBuilder("agency = :agency");
        Map<String, Object> params = new HashMap<>();
        params.put("agency", agency);
        if (filter.kind() != null) {
            query.append(" and kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.status() != null) {
            query.append(" and status = :status");
            params.put("status", filter.status());
        }
        if (filter.year() != null) {
            query.append(" and filedOn >= :from and filedOn <= :to");
            params.put("from", LocalDate.of(filter.year(), 1, 1));
            params.put("to", LocalDate.of(filter.year(), 12, 31));
        }
        query.append(" order by filedOn desc, appealNumber");
        return AppealEntity.<AppealEntity>list(query.toString(), params)
                .chain(this::summaries)
                .map(all -> all.stream()
                        .filter(s -> !filter.dueSoon() || s.answerDueSoon())
                        .filter(s -> !filter.overdue() || s.answerOverdue())
                        .toList());
    }

    /** The agency's answers still to submit, soonest first. */
    @WithSession
    public Uni<List<Summary>> answersDue(String agency) {
        return AppealEntity.<AppealEntity>list(
                        "agency = ?1 and answerSubmittedOn is null and status in ?2",
                        agency,
                        List.of(AppealStatus.FILED, AppealStatus.ANSWER_DRAFTED, AppealStatus.ANSWER_REVIEWED))
                .chain(this::summaries)
                .map(all -> all.stream()
                        .filter(s -> s.answerDueDate() != null)
                        .sorted((a, b) -> a.answerDueDate().compareTo(b.answerDueDate()))
                        .toList());
    }

    @WithSession
    public Uni<Detail> one(String agency, String number) {
        return AppealEntity.<AppealEntity>findById(number).chain(appeal -> {
            if (appeal == null || !appeal.agency.equals(agency)) {
                throw ProblemException.notFound("appeal " + number + " not found");
            }
            return AppealCaseEntity.<AppealCaseEntity>list("appealNumber = ?1 order by trackingNumber", number)
                    .chain(cases -> AppealDeadlineEntity.<AppealDeadlineEntity>list(
                                    "appealNumber = ?1 order by dueDate", number)
                            .chain(deadlines -> AppealHistoryEntity.<AppealHistoryEntity>list(
                                            "appealNumber = ?1 order by id", number)
                                    .map(history -> detail(appeal, cases, deadlines, history))));
        });
    }

    @WithSession
    public Uni<CaseAppeals> ofCase(String agency, String trackingNumber) {
        return AppealableCaseEntity.<AppealableCaseEntity>findById(trackingNumber)
                .chain(c -> {
                    if (c == null || !c.agency.equals(agency)) {
                        throw ProblemException.notFound("case " + trackingNumber + " is not registered for appeals");
                    }
                    return AppealEntity.<AppealEntity>list(
                                    "appealNumber in (select l.appealNumber from AppealCaseEntity l "
                                            + "where l.trackingNumber = ?1) order by filedOn",
                                    trackingNumber)
                            .chain(this::summaries)
                            .map(appeals -> new CaseAppeals(
                                    c.trackingNumber,
                                    c.agency,
                                    c.receivedDate,
                                    c.applicantName,
                                    c.replyType,
                                    c.repliedOn,
                                    c.deliveredOn,
                                    c.replyDueDate,
                                    c.remediesTold,
                                    appeals));
                });
    }

    /** Table 四 of {@code year} for the agency: block label to column label to number, with 总计. */
    @WithSession
    public Uni<Map<String, Map<String, Integer>>> tableFour(String agency, int year) {
        TableFour table = config.tableFour();
        return AppealEntity.<AppealEntity>list("agency = ?1", agency).map(appeals -> {
            var rows = table.count(
                    appeals.stream()
                            .map(a -> new TableFour.Counted(a.kind, a.filedOn, a.outcome, a.decidedOn))
                            .toList(),
                    year);
            Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
            rows.forEach((block, row) -> {
                Map<String, Integer> columns = new LinkedHashMap<>();
                columns.put("结果维持", row.maintained());
                columns.put("结果纠正", row.corrected());
                columns.put("其他结果", row.other());
                columns.put("尚未审结", row.pending());
                columns.put("总计", row.total());
                result.put(block.label(), columns);
            });
            return result;
        });
    }

    /** The facts the answer or defence letter is filled in with. */
    @WithSession
    public Uni<AnswerLetter.Facts> letterFacts(String agency, String number) {
        return AppealEntity.<AppealEntity>findById(number).chain(a -> {
            if (a == null || !a.agency.equals(agency)) {
                throw ProblemException.notFound("appeal " + number + " not found");
            }
            return AppealableCaseEntity.<AppealableCaseEntity>list(
                            "trackingNumber in (select l.trackingNumber from "
                                    + "AppealCaseEntity l where l.appealNumber = ?1) order by trackingNumber",
                            number)
                    .map(cases -> new AnswerLetter.Facts(
                            a.kind,
                            a.nonPerformance,
                            agencyName(a.agency, cases),
                            a.appellant,
                            a.forum,
                            a.forumFileNumber,
                            a.copyReceivedOn,
                            cases.stream()
                                    .map(c -> new AnswerLetter.CaseFacts(
                                            c.trackingNumber,
                                            c.receivedDate,
                                            c.replyTypeLabel != null ? c.replyTypeLabel : c.replyType,
                                            c.repliedOn,
                                            c.deliveredOn,
                                            c.replyDueDate))
                                    .toList(),
                            a.answerText,
                            a.answerEvidence == null || a.answerEvidence.isEmpty()
                                    ? List.of()
                                    : Arrays.asList(a.answerEvidence.split("\n")),
                            a.answerSubmittedOn != null ? a.answerSubmittedOn : LocalDate.now(clock)));
        });
    }

    /**
     * The agency's name as its requests carried it (the latest-received case's, should the directory have renamed
     * it); its code only where no event named it (requests registered before RequestReceived had the name).
     */
    static String agencyName(String agency, List<AppealableCaseEntity> cases) {
        return cases.stream()
                .filter(c -> c.agencyName != null && !c.agencyName.isBlank())
                .max(Comparator.comparing(
                        (AppealableCaseEntity c) -> c.receivedDate, Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(c -> c.agencyName)
                .orElse(agency);
    }

    private Uni<List<Summary>> summaries(List<AppealEntity> appeals) {
        if (appeals.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<String> numbers = appeals.stream().map(a -> a.appealNumber).toList();
        return AppealDeadlineEntity.<AppealDeadlineEntity>list(
                        "appealNumber in ?1 and clock = 'APPEAL_ANSWER'", numbers)
                .map(answers -> {
                    Map<String, AppealDeadlineEntity> byAppeal = new HashMap<>();
                    answers.forEach(a -> byAppeal.put(a.appealNumber, a));
                    LocalDate today = LocalDate.now(clock);
                    return appeals.stream()
                            .map(a -> {
                                AppealDeadlineEntity answer = byAppeal.get(a.appealNumber);
                                boolean open = a.answerSubmittedOn == null && a.status.open();
                                boolean overdue = open && answer != null && answer.dueDate.isBefore(today);
                                boolean dueSoon = open && answer != null && answer.approaching && !overdue;
                                return new Summary(
                                        a.appealNumber,
                                        a.kind.name(),
                                        a.status.name(),
                                        a.appellant,
                                        a.forum,
                                        a.filedOn,
                                        answer == null ? null : answer.dueDate,
                                        dueSoon,
                                        overdue,
                                        a.outcome == null ? null : a.outcome.name(),
                                        a.filingInTime);
                            })
                            .toList();
                });
    }

    private Detail detail(
            AppealEntity a,
            List<AppealCaseEntity> cases,
            List<AppealDeadlineEntity> deadlines,
            List<AppealHistoryEntity> history) {
        LocalDate today = LocalDate.now(clock);
        FilingCheck check = a.filingRule == null
                ? null
                : new FilingCheck(
                        a.filingRule,
                        a.filingLastDay,
                        a.filingInTime,
                        a.filingFlags == null || a.filingFlags.isEmpty()
                                ? List.of()
                                : Arrays.asList(a.filingFlags.split(",")),
                        a.filingExplanation);
        return new Detail(
                a.appealNumber,
                a.agency,
                a.kind.name(),
                a.nonPerformance,
                a.followsAppeal,
                cases.stream().map(c -> c.trackingNumber).toList(),
                a.appellant,
                a.forum,
                a.forumFileNumber,
                a.procedure.name(),
                a.filedOn,
                a.copyReceivedOn,
                a.knewOn,
                a.remediesTold,
                a.status.name(),
                offered(a).stream().map(Enum::name).sorted().toList(),
                check,
                a.answerDrafter,
                a.answerSubmittedOn,
                a.answerEvidence == null || a.answerEvidence.isEmpty()
                        ? List.of()
                        : Arrays.asList(a.answerEvidence.split("\n")),
                a.outcome == null ? null : a.outcome.name(),
                a.outcome == null ? null : a.outcome.label(),
                a.reportColumn == null ? null : a.reportColumn.name(),
                a.decidedOn,
                a.servedOn,
                a.documentNumber,
                a.replyAgain,
                a.decisionPeriodExtensionDays,
                a.decisionPeriodExtendedOn,
                a.withdrawnOn,
                deadlines.stream()
                        .map(d -> new Deadline(
                                d.clock, d.startDate, d.dueDate, d.basis, d.duty, d.approaching, overdue(a, d, today)))
                        .toList(),
                history.stream()
                        .map(h -> new HistoryEntry(h.at, h.actor, h.action.name(), h.detail))
                        .toList());
    }

    /** What legal staff may do on the appeal now. */
    static Set<AppealAction> offered(AppealEntity a) {
        return AppealWorkflow.offered(a.status, a.kind, a.procedure, a.filedOn, a.decisionPeriodExtensionDays != null);
    }

    /**
     * The answer is overdue until submitted; other clocks when deadline-service alerted them as breached (it alerts
     * only clocks still open, so a remanded reply given in time never is).
     */
    private static boolean overdue(AppealEntity a, AppealDeadlineEntity d, LocalDate today) {
        return d.breached
                || "APPEAL_ANSWER".equals(d.clock) && a.answerSubmittedOn == null && d.dueDate.isBefore(today);
    }
}
