package org.ogi.appeals.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ogi.appeals.config.AppealsConfig;
import org.ogi.appeals.domain.AppealAction;
import org.ogi.appeals.domain.AppealStatus;
import org.ogi.appeals.domain.AppealWorkflow;
import org.ogi.appeals.domain.Decision;
import org.ogi.appeals.domain.DecisionPeriodExtension;
import org.ogi.appeals.domain.FieldProblem;
import org.ogi.appeals.domain.Filing;
import org.ogi.appeals.persistence.AppealCaseEntity;
import org.ogi.appeals.persistence.AppealEntity;
import org.ogi.appeals.persistence.AppealHistoryEntity;
import org.ogi.appeals.persistence.AppealableCaseEntity;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.platform.outbox.Outbox;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;

/**
 * legal-officer's steps on an appeal. Each runs in one transaction: the change, its history entry and its event in
 * the outbox commit together (or not at all).
 */
@ApplicationScoped
public class AppealCommands {

    private final Outbox outbox;
    private final AppealsConfig config;
    private final Clock clock;

    AppealCommands(Outbox outbox, AppealsConfig config, Clock clock) {
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** Records a filing; its cases must be the agency's. Returns the appeal number. */
    public Uni<String> file(Filing filing, String agency, String actor) {
        List<FieldProblem> problems = new ArrayList<>(filing.problems(today()));
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(invalid(problems));
        }
        return Panache.withTransaction(() -> AppealableCaseEntity.<AppealableCaseEntity>list(
                        "trackingNumber in ?1 and agency = ?2", filing.trackingNumbers(), agency)
                .chain(cases -> {
                    if (cases.size() != filing.trackingNumbers().size()) {
                        throw invalid(
                                List.of(new FieldProblem("trackingNumbers", "names a case this agency does not have")));
                    }
                    return followed(filing, agency)
                            .chain(() -> nextNumber(agency, filing.filedOn()))
                            .chain(number -> create(number, filing, agency, actor, cases));
                }));
    }

    public Uni<Void> draftAnswer(String number, String agency, String actor, String text) {
        return step(number, agency, actor, AppealAction.DRAFT_ANSWER, appeal -> {
            appeal.answerDrafter = actor;
            appeal.answerText = text;
            return Uni.createFrom().item("答复/答辩草稿");
        });
    }

    public Uni<Void> reviewAnswer(String number, String agency, String actor, boolean approve, String comment) {
        return step(
                number,
                agency,
                actor,
                approve ? AppealAction.REVIEW_ANSWER : AppealAction.RETURN_ANSWER,
                appeal -> Uni.createFrom().item((approve ? "审核通过" : "退回修改") + (comment == null ? "" : "：" + comment)));
    }

    public Uni<Void> submitAnswer(
            String number, String agency, String actor, LocalDate submittedOn, List<String> evidence) {
        if (submittedOn == null || submittedOn.isAfter(today())) {
            return Uni.createFrom()
                    .failure(ProblemException.invalid("submittedOn", "is required and not in the future"));
        }
        return step(number, agency, actor, AppealAction.SUBMIT_ANSWER, appeal -> {
            if (submittedOn.isBefore(appeal.copyReceivedOn)) {
                throw ProblemException.invalid("submittedOn", "is before the copy was received");
            }
            appeal.answerSubmittedOn = submittedOn;
            appeal.answerEvidence = String.join("\n", evidence);
            return outbox.append(
                            AppealEvents.ANSWER_SUBMITTED,
                            number,
                            new AppealEvents.AnswerSubmitted(
                                    number, agency, appeal.kind.name(), submittedOn, List.copyOf(evidence), actor))
                    .replaceWith(submittedOn + " 提交，证据 " + evidence.size() + " 项");
        });
    }

    public Uni<Void> noteDate(String number, String agency, String actor, String what, LocalDate on) {
        if (what == null || what.isBlank() || on == null) {
            return Uni.createFrom().failure(ProblemException.invalid("note", "what and on are required"));
        }
        return step(
                number,
                agency,
                actor,
                AppealAction.NOTE_DATE,
                appeal -> Uni.createFrom().item(on + " " + what));
    }

    public Uni<Void> decide(String number, String agency, String actor, Decision decision) {
        return step(number, agency, actor, AppealAction.DECIDE, appeal -> {
            List<FieldProblem> problems = decision.problems(appeal.kind, today());
            if (!problems.isEmpty()) {
                throw invalid(problems);
            }
            appeal.outcome = decision.outcome();
            appeal.reportColumn = config.tableFour().columnOf(decision.outcome());
            appeal.decisionForm = decision.form();
            appeal.decidedOn = decision.decidedOn();
            appeal.servedOn = decision.servedOn();
            appeal.documentNumber = decision.documentNumber();
            appeal.replyAgain = decision.replyAgain();
            appeal.replyAgainBy = decision.replyAgainBy();
            appeal.replyAgainWorkingDays = decision.replyAgainWorkingDays();
            return AppealCaseEntity.<AppealCaseEntity>list("appealNumber", number)
                    .chain(cases -> outbox.append(
                            AppealEvents.DECIDED,
                            number,
                            new AppealEvents.Decided(
                                    number,
                                    agency,
                                    appeal.kind.name(),
                                    cases.stream()
                                            .map(c -> c.trackingNumber)
                                            .sorted()
                                            .toList(),
                                    appeal.outcome.name(),
                                    appeal.reportColumn.name(),
                                    decision.form(),
                                    decision.decidedOn(),
                                    decision.servedOn(),
                                    decision.documentNumber(),
                                    decision.replyAgain(),
                                    decision.replyAgainBy(),
                                    decision.replyAgainWorkingDays(),
                                    actor)))
                    .replaceWith(decision.outcome().label() + " " + decision.documentNumber()
                            + (decision.replyAgain() ? "，责令重新答复" : ""));
        });
    }

    /** The body's extension of its decision period; deadline-service moves the expected decision by it. */
    public Uni<Void> extendDecisionPeriod(
            String number, String agency, String actor, DecisionPeriodExtension extension) {
        return step(number, agency, actor, AppealAction.EXTEND_DECISION_PERIOD, appeal -> {
            List<FieldProblem> problems = extension.problems(appeal.filedOn, today());
            if (!problems.isEmpty()) {
                throw invalid(problems);
            }
            appeal.decisionPeriodExtensionDays = extension.days();
            appeal.decisionPeriodExtendedOn = extension.notifiedOn();
            String reason = extension.reason() == null || extension.reason().isBlank() ? null : extension.reason();
            return outbox.append(
                            AppealEvents.DECISION_PERIOD_EXTENDED,
                            number,
                            new AppealEvents.DecisionPeriodExtended(
                                    number,
                                    agency,
                                    appeal.kind.name(),
                                    extension.days(),
                                    extension.notifiedOn(),
                                    reason,
                                    actor))
                    .replaceWith(extension.notifiedOn() + " 复议机关延长审理期限" + extension.days() + "日"
                            + (reason == null ? "" : "：" + reason));
        });
    }

    public Uni<Void> withdraw(String number, String agency, String actor, LocalDate withdrawnOn, String reason) {
        if (withdrawnOn == null || withdrawnOn.isAfter(today())) {
            return Uni.createFrom()
                    .failure(ProblemException.invalid("withdrawnOn", "is required and not in the future"));
        }
        return step(number, agency, actor, AppealAction.WITHDRAW, appeal -> {
            appeal.withdrawnOn = withdrawnOn;
            return outbox.append(
                            AppealEvents.WITHDRAWN,
                            number,
                            new AppealEvents.Withdrawn(number, agency, appeal.kind.name(), withdrawnOn, reason, actor))
                    .replaceWith(withdrawnOn + " 撤回" + (reason == null ? "" : "：" + reason));
        });
    }

    /** Loads the agency's appeal, applies the workflow, runs {@code change} and appends the history entry. */
    private Uni<Void> step(
            String number,
            String agency,
            String actor,
            AppealAction action,
            Function<AppealEntity, Uni<String>> change) {
        return Panache.withTransaction(() -> AppealEntity.<AppealEntity>findById(number)
                .chain(appeal -> {
                    if (appeal == null || !appeal.agency.equals(agency)) {
                        throw ProblemException.notFound("appeal " + number + " not found");
                    }
                    AppealStatus next;
                    try {
                        next = AppealWorkflow.apply(appeal.status, action, appeal.answerDrafter, actor);
                    } catch (AppealWorkflow.Refusal refusal) {
                        throw conflict(refusal.getMessage(), appeal);
                    }
                    if (action == AppealAction.EXTEND_DECISION_PERIOD) {
                        AppealWorkflow.extensionBlocked(
                                        appeal.kind,
                                        appeal.procedure,
                                        appeal.filedOn,
                                        appeal.decisionPeriodExtensionDays != null)
                                .ifPresent(reason -> {
                                    throw conflict(reason, appeal);
                                });
                    }
                    appeal.status = next;
                    return change.apply(appeal).chain(detail -> history(number, actor, action, detail));
                }));
    }

    /** A 409 naming what the appeal offers now. */
    private static ProblemException conflict(String detail, AppealEntity appeal) {
        return new ProblemException(new Problem(ProblemKind.CONFLICT, detail)
                .with(
                        "allowedActions",
                        AppealReads.offered(appeal).stream()
                                .map(Enum::name)
                                .sorted()
                                .toList()));
    }

    private Uni<Void> followed(Filing filing, String agency) {
        if (filing.followsAppeal() == null) {
            return Uni.createFrom().voidItem();
        }
        return AppealEntity.<AppealEntity>findById(filing.followsAppeal())
                .invoke(followed -> {
                    if (followed == null || !followed.agency.equals(agency)) {
                        throw invalid(List.of(new FieldProblem("followsAppeal", "is not an appeal of this agency")));
                    }
                    if (!Filing.mayFollow(filing.kind(), followed.kind)) {
                        throw invalid(List.of(new FieldProblem(
                                "followsAppeal", filing.kind() + " cannot follow a " + followed.kind)));
                    }
                })
                .replaceWithVoid();
    }

    private Uni<String> nextNumber(String agency, LocalDate filedOn) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("select nextval('appeal_number_seq')", Long.class)
                        .getSingleResult())
                .map(seq -> "%s-AP-%d-%06d".formatted(agency, filedOn.getYear(), seq));
    }

    private Uni<String> create(
            String number, Filing filing, String agency, String actor, List<AppealableCaseEntity> cases) {
        AppealableCaseEntity first = cases.stream()
                .sorted((a, b) -> a.trackingNumber.compareTo(b.trackingNumber))
                .findFirst()
                .orElseThrow();
        AppealEntity appeal = new AppealEntity();
        appeal.appealNumber = number;
        appeal.agency = agency;
        appeal.kind = filing.kind();
        appeal.nonPerformance = filing.nonPerformance();
        appeal.followsAppeal = filing.followsAppeal();
        appeal.appellant = filing.appellant();
        appeal.forum = filing.forum();
        appeal.forumFileNumber = filing.forumFileNumber();
        appeal.procedure = filing.procedure();
        appeal.filedOn = filing.filedOn();
        appeal.copyReceivedOn = filing.copyReceivedOn();
        appeal.acceptedOn = filing.acceptedOn();
        // The reply's service date unless legal-officer entered the day the applicant knew of the act.
        appeal.knewOn = filing.knewOn() != null ? filing.knewOn() : first.deliveredOn;
        appeal.actOn = filing.nonPerformance() ? first.replyDueDate : first.repliedOn;
        appeal.replyDueDate = first.replyDueDate;
        appeal.remediesTold = filing.remediesTold() != null ? filing.remediesTold() : first.remediesTold;
        appeal.status = AppealStatus.FILED;
        appeal.createdAt = OffsetDateTime.now(clock);
        List<String> trackingNumbers =
                cases.stream().map(c -> c.trackingNumber).sorted().toList();
        return appeal.persist()
                .chain(() -> Panache.getSession().chain(s -> s.flush()))
                .chain(() -> persistLinks(number, trackingNumbers))
                .chain(() -> outbox.append(
                        AppealEvents.FILED,
                        number,
                        new AppealEvents.Filed(
                                number,
                                agency,
                                appeal.kind.name(),
                                filing.nonPerformance() ? "NON_PERFORMANCE" : "REPLY",
                                trackingNumbers,
                                appeal.followsAppeal,
                                appeal.appellant,
                                appeal.forum,
                                appeal.forumFileNumber,
                                appeal.procedure.name(),
                                appeal.filedOn,
                                appeal.copyReceivedOn,
                                appeal.acceptedOn,
                                appeal.knewOn,
                                appeal.actOn,
                                appeal.replyDueDate,
                                appeal.remediesTold,
                                filing.nonPerformance() ? null : first.replyOutcomeGroup,
                                filing.appealedForm(),
                                actor)))
                .chain(() -> history(
                        number,
                        actor,
                        AppealAction.FILE,
                        appeal.kind + " " + appeal.forum + " "
                                + (appeal.forumFileNumber == null ? "" : appeal.forumFileNumber) + "，案件 "
                                + String.join("、", trackingNumbers)))
                .replaceWith(number);
    }

    private Uni<Void> persistLinks(String number, List<String> trackingNumbers) {
        List<AppealCaseEntity> links = trackingNumbers.stream()
                .map(tn -> {
                    AppealCaseEntity link = new AppealCaseEntity();
                    link.appealNumber = number;
                    link.trackingNumber = tn;
                    return link;
                })
                .toList();
        return AppealCaseEntity.persist(links);
    }

    private Uni<Void> history(String number, String actor, AppealAction action, String detail) {
        AppealHistoryEntity entry = new AppealHistoryEntity();
        entry.appealNumber = number;
        entry.at = OffsetDateTime.now(clock);
        entry.actor = actor;
        entry.action = action;
        entry.detail = detail;
        return entry.persist().replaceWithVoid();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static ProblemException invalid(List<FieldProblem> problems) {
        return ProblemException.invalid(problems.stream()
                .map(p -> new Problem.FieldError(p.field(), p.message()))
                .toList());
    }
}
