package org.ogi.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.logging.Logger;
import org.ogi.cases.config.CaseConfig;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.CaseFacts;
import org.ogi.cases.domain.CaseState;
import org.ogi.cases.domain.CaseWorkflow;
import org.ogi.cases.domain.ConsultationOutcome;
import org.ogi.cases.domain.DeadlineClock;
import org.ogi.cases.domain.FieldProblem;
import org.ogi.cases.domain.ReplyContent;
import org.ogi.cases.domain.ReplyLetter;
import org.ogi.cases.domain.ReplyType;
import org.ogi.cases.domain.WorkflowRefusal;
import org.ogi.cases.persistence.CaseAuditEntity;
import org.ogi.cases.persistence.CaseCommandEntity;
import org.ogi.cases.persistence.CaseDeadlineEntity;
import org.ogi.cases.persistence.CaseDraftEntity;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.cases.persistence.ConsultationEntity;
import org.ogi.cases.rest.AuditView;
import org.ogi.cases.rest.CaseView;
import org.ogi.cases.rest.DraftView;
import org.ogi.cases.rest.WorkflowInputs;
import org.ogi.contracts.EventType;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.Events;
import org.ogi.platform.outbox.Outbox;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The workflow's use cases. Each step runs in one transaction: the case's new state, the step's facts, the audit
 * row and the event (through the outbox) commit together or not at all.
 */
@ApplicationScoped
public class CaseWorkflowService {

    private static final Logger LOG = Logger.getLogger(CaseWorkflowService.class);
    private static final List<String> DRAFTING_ACTIONS =
            List.of(CaseAction.SAVE_DRAFT.name(), CaseAction.SUBMIT_DRAFT.name());

    private final Outbox outbox;
    private final Clock clock;
    private final CaseConfig config;

    CaseWorkflowService(Outbox outbox, Clock clock, CaseConfig config) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
    }

    // ---- reads

    @WithSession
    public Uni<CaseView> view(String trackingNumber, Staff staff) {
        return findCase(trackingNumber, staff).chain(this::load).map(loaded -> view(loaded, staff));
    }

    @WithSession
    public Uni<List<AuditView>> audit(String trackingNumber, Staff staff) {
        return findCase(trackingNumber, staff)
                .chain(c -> CaseAuditEntity.<CaseAuditEntity>find("trackingNumber", Sort.by("id"), trackingNumber)
                        .list())
                .map(rows -> rows.stream().map(AuditView::of).toList());
    }

    @WithSession
    public Uni<DraftView> draft(String trackingNumber, Staff staff) {
        return findCase(trackingNumber, staff).chain(c -> CaseDraftEntity.<CaseDraftEntity>findById(trackingNumber))
                .map(draft -> {
                    if (draft == null) {
                        throw ProblemException.notFound("case " + trackingNumber + " has no draft reply");
                    }
                    return DraftView.of(draft);
                });
    }

    // ---- steps

    @WithTransaction
    public Uni<CaseView> accept(CaseCommand command, Staff staff) {
        return perform(command, staff, CaseAction.ACCEPT,
                step -> step.emit(Events.CASE_ACCEPTED, new CaseEvents.Accepted(step.transitioned(step.today))));
    }

    @WithTransaction
    public Uni<CaseView> requestCorrection(CaseCommand command, Staff staff, WorkflowInputs.CorrectionRequest input) {
        return perform(command, staff, CaseAction.REQUEST_CORRECTION, step -> {
            List<String> items = input.itemsToCorrect().stream().map(String::strip).toList();
            step.caseFile.correctionItems = String.join("\n", items);
            step.caseFile.correctionPeriodWorkingDays = input.periodWorkingDays();
            step.caseFile.correctionNoticeDate = step.today;
            step.reason = "period " + input.periodWorkingDays() + " working days";
            return step.emit(Events.CASE_CORRECTION_REQUESTED, new CaseEvents.CorrectionRequested(
                    step.transitioned(step.today), step.today, items, input.periodWorkingDays()));
        });
    }

    @WithTransaction
    public Uni<CaseView> recordCorrection(CaseCommand command, Staff staff, WorkflowInputs.Correction input) {
        return perform(command, staff, CaseAction.RECORD_CORRECTION, step -> {
            LocalDate corrected = input.correctedReceivedDate();
            notAfterToday("correctedReceivedDate", corrected, step.today);
            if (corrected.isBefore(step.caseFile.correctionNoticeDate)) {
                throw ProblemException.invalid("correctedReceivedDate",
                        "must not be before the correction notice of " + step.caseFile.correctionNoticeDate);
            }
            step.caseFile.correctedReceivedDate = corrected;
            return step.emit(Events.CASE_CORRECTED,
                    new CaseEvents.Corrected(step.transitioned(corrected), corrected));
        });
    }

    /** 视为放弃: the correction or fee period ran out; recorded as table 三 row 其他处理 1 or 2. */
    @WithTransaction
    public Uni<CaseView> abandon(CaseCommand command, Staff staff) {
        return perform(command, staff, CaseAction.ABANDON, step -> {
            boolean fee = step.transition.from() == CaseState.AWAITING_FEE;
            step.caseFile.replyType = (fee ? ReplyType.OTHER_FEE_NOT_PAID : ReplyType.OTHER_CORRECTION_NOT_MADE).name();
            step.reason = fee ? "FEE_NOT_PAID" : "CORRECTION_PERIOD_EXPIRED";
            return step.emit(Events.CASE_ABANDONED,
                    new CaseEvents.Abandoned(step.transitioned(step.today), step.reason));
        });
    }

    @WithTransaction
    public Uni<CaseView> assign(CaseCommand command, Staff staff, WorkflowInputs.Assignment input) {
        return perform(command, staff, CaseAction.ASSIGN, step -> {
            step.caseFile.department = input.department().strip();
            step.caseFile.assignedOfficer = input.officer().strip();
            step.reason = step.caseFile.department + " / " + step.caseFile.assignedOfficer;
            return step.emit(Events.CASE_ASSIGNED, new CaseEvents.Assigned(step.transitioned(step.today),
                    step.caseFile.department, step.caseFile.assignedOfficer));
        });
    }

    /** Answers the case with the new consultation's id as {@code consultationId}. */
    @WithTransaction
    public Uni<Started> startConsultation(CaseCommand command, Staff staff, WorkflowInputs.ConsultationRequest input) {
        String id = UUID.randomUUID().toString();
        return perform(command, staff, CaseAction.START_CONSULTATION, step -> {
            notAfterToday("letterSentOn", input.letterSentOn(), step.today);
            if (input.letterReceivedOn() != null) {
                notAfterToday("letterReceivedOn", input.letterReceivedOn(), step.today);
                if (input.letterReceivedOn().isBefore(input.letterSentOn())) {
                    throw ProblemException.invalid("letterReceivedOn", "must not be before letterSentOn");
                }
            }
            ConsultationEntity consultation = new ConsultationEntity();
            consultation.id = id;
            consultation.trackingNumber = step.caseFile.trackingNumber;
            consultation.kind = input.kind().name();
            consultation.party = input.party().strip();
            consultation.letterSentOn = input.letterSentOn();
            consultation.letterReceivedOn = input.letterReceivedOn();
            consultation.startedBy = staff.userId();
            step.reason = input.kind() + " " + consultation.party;
            return consultation.persist().chain(() -> step.emit(Events.CASE_CONSULTATION_STARTED,
                    new CaseEvents.ConsultationStarted(step.transitioned(input.letterSentOn()), id,
                            input.kind().name(), consultation.party, input.letterSentOn(),
                            input.letterReceivedOn())));
        }).map(view -> new Started(id, view));
    }

    public record Started(String consultationId, CaseView view) {
    }

    @WithTransaction
    public Uni<CaseView> answerConsultation(CaseCommand command, Staff staff, String consultationId,
            WorkflowInputs.ConsultationAnswer input) {
        return perform(command, staff, CaseAction.RECORD_CONSULTATION_ANSWER, step -> {
            ConsultationEntity consultation = step.loaded.consultations.stream()
                    .filter(c -> c.id.equals(consultationId)).findFirst()
                    .orElseThrow(() -> ProblemException.notFound("consultation " + consultationId + " not found"));
            if (consultation.outcome != null) {
                throw new ProblemException(new Problem(ProblemKind.CONFLICT,
                        "consultation " + consultationId + " was already answered: " + consultation.outcome));
            }
            if (input.outcome() != ConsultationOutcome.NO_ANSWER) {
                if (input.answeredOn() == null) {
                    throw ProblemException.invalid("answeredOn", "is required for " + input.outcome());
                }
                notAfterToday("answeredOn", input.answeredOn(), step.today);
                if (input.answeredOn().isBefore(consultation.letterSentOn)) {
                    throw ProblemException.invalid("answeredOn", "must not be before the letter was sent");
                }
            }
            if (input.outcome() == ConsultationOutcome.OBJECTION && blank(input.grounds())) {
                throw ProblemException.invalid("grounds", "an objection states its grounds (Art. 32)");
            }
            consultation.outcome = input.outcome().name();
            consultation.answeredOn = input.outcome() == ConsultationOutcome.NO_ANSWER ? null : input.answeredOn();
            consultation.grounds = input.grounds();
            consultation.answeredBy = staff.userId();
            step.reason = input.outcome() + (blank(input.grounds()) ? "" : ": " + input.grounds());
            LocalDate occurred = consultation.answeredOn != null ? consultation.answeredOn : step.today;
            return step.emit(Events.CASE_CONSULTATION_ENDED, new CaseEvents.ConsultationEnded(
                    step.transitioned(occurred), consultation.id, consultation.kind, consultation.outcome,
                    consultation.answeredOn));
        });
    }

    /** Art. 33 ¶2: approved by the head of the OGI office (the caller), once, within the regime's maximum. */
    @WithTransaction
    public Uni<CaseView> extend(CaseCommand command, Staff staff, WorkflowInputs.Extension input) {
        return perform(command, staff, CaseAction.EXTEND, step -> {
            int max = CaseWorkflow.maxExtensionWorkingDays(step.caseFile.receivedDate);
            if (input.workingDays() > max) {
                throw ProblemException.invalid("workingDays", "an extension is at most " + max
                        + " working days (" + (max == 20 ? "OGI Reg 2019 Art. 33" : "OGI Reg 2008 Art. 24") + ")");
            }
            step.caseFile.extendedWorkingDays = input.workingDays();
            step.caseFile.extensionReason = input.reason();
            step.caseFile.extensionApprovedBy = staff.userId();
            step.reason = input.workingDays() + " working days: " + input.reason();
            return step.emit(Events.CASE_EXTENDED, new CaseEvents.Extended(step.transitioned(step.today),
                    input.workingDays(), input.reason(), staff.userId()));
        });
    }

    @WithTransaction
    public Uni<CaseView> issueFeeNotice(CaseCommand command, Staff staff, WorkflowInputs.FeeNotice input) {
        return perform(command, staff, CaseAction.ISSUE_FEE_NOTICE, step -> {
            BigDecimal amount = input.mode().amount(input.units());
            if (amount.signum() == 0) {
                throw ProblemException.invalid("units", input.units() + " " + input.mode()
                        + " is within the free allowance: there is no fee to charge");
            }
            step.caseFile.feeId = UUID.randomUUID().toString();
            step.caseFile.feeMode = input.mode().name();
            step.caseFile.feeUnits = input.units();
            step.caseFile.feeAmount = amount;
            step.caseFile.feeNoticeDate = step.today;
            step.reason = input.mode() + " " + input.units() + ": " + amount.toPlainString() + " 元";
            return step.emit(Events.CASE_FEE_NOTICE_ISSUED, new CaseEvents.FeeNoticeIssued(
                    step.transitioned(step.today), step.caseFile.feeId, input.mode().name(), input.units(), amount,
                    step.today));
        });
    }

    @WithTransaction
    public Uni<CaseView> recordFeePayment(CaseCommand command, Staff staff, WorkflowInputs.FeePayment input) {
        return perform(command, staff, CaseAction.RECORD_FEE_PAYMENT, step -> {
            notAfterToday("paidOn", input.paidOn(), step.today);
            if (input.paidOn().isBefore(step.caseFile.feeNoticeDate)) {
                throw ProblemException.invalid("paidOn", "must not be before the fee notice");
            }
            step.caseFile.feePaidOn = input.paidOn();
            return step.emit(Events.CASE_FEE_PAID, new CaseEvents.FeePaid(step.transitioned(input.paidOn()),
                    step.caseFile.feeId, input.paidOn()));
        });
    }

    /** Creates or replaces the draft reply; the letter is generated from the template unless staff send theirs. */
    @WithTransaction
    public Uni<CaseView> saveDraft(CaseCommand command, Staff staff, WorkflowInputs.Draft input) {
        return perform(command, staff, CaseAction.SAVE_DRAFT, step -> {
            ReplyContent reply = input.content();
            List<FieldProblem> problems = reply.validate();
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems.stream()
                        .map(p -> new Problem.FieldError(p.field(), p.message())).toList());
            }
            CaseFileEntity c = step.caseFile;
            String letter = blank(input.letterText())
                    ? ReplyLetter.draft(reply, new ReplyLetter.Facts(c.trackingNumber, agencyName(c.agency),
                            c.applicantName, c.receivedDate, c.informationTitle, step.today))
                    : input.letterText();
            ReplyLetter.missingRemedies(reply, letter, step.today).ifPresent(missing -> {
                throw ProblemException.invalid("letterText", missing);
            });
            CaseDraftEntity draft = step.loaded.draft != null ? step.loaded.draft : new CaseDraftEntity();
            boolean created = step.loaded.draft == null;
            draft.trackingNumber = c.trackingNumber;
            draft.replyType = reply.type().name();
            draft.alreadyPublished = reply.alreadyPublished();
            draft.publicationLocation = reply.publicationLocation();
            draft.withheldGround = reply.withheldGround() == null ? null : reply.withheldGround().name();
            draft.legalBasis = reply.legalBasis();
            draft.reasons = reply.reasons();
            draft.notThisAgency = reply.notThisAgency();
            draft.responsibleAgency = reply.responsibleAgency();
            draft.responsibleAgencyContact = reply.responsibleAgencyContact();
            draft.responsibleAgencyUnknown = reply.responsibleAgencyUnknown();
            draft.reconsiderationBody = reply.reconsiderationBody();
            draft.letterText = letter;
            draft.letterDate = step.today;
            draft.updatedBy = staff.userId();
            draft.updatedAt = step.now;
            step.reason = reply.type().name() + (blank(input.letterText()) ? " (letter from template)" : " (letter edited)");
            return (created ? draft.persist() : Uni.createFrom().item(draft)).replaceWithVoid();
        });
    }

    @WithTransaction
    public Uni<CaseView> submitDraft(CaseCommand command, Staff staff) {
        return perform(command, staff, CaseAction.SUBMIT_DRAFT, step -> step.emit(Events.CASE_DRAFT_SUBMITTED,
                new CaseEvents.Stepped(step.transitioned(step.today), command.comment())));
    }

    @WithTransaction
    public Uni<CaseView> secrecyReview(CaseCommand command, Staff staff, WorkflowInputs.SecrecyReview input) {
        boolean passed = input.outcome() == WorkflowInputs.ReviewOutcome.PASSED;
        return perform(command, staff, passed ? CaseAction.PASS_SECRECY_REVIEW : CaseAction.RETURN_FROM_SECRECY_REVIEW,
                step -> {
                    if (!passed) {
                        requireComment(command, "a returned secrecy review says what to change");
                    }
                    return step.emit(passed ? Events.CASE_SECRECY_REVIEW_PASSED : Events.CASE_SECRECY_REVIEW_RETURNED,
                            new CaseEvents.Stepped(step.transitioned(step.today), command.comment()));
                });
    }

    /** Approval freezes the letter: its text no longer changes and its SHA-256 is recorded. */
    @WithTransaction
    public Uni<CaseView> approval(CaseCommand command, Staff staff, WorkflowInputs.Approval input) {
        boolean approved = input.outcome() == WorkflowInputs.ApprovalOutcome.APPROVED;
        return perform(command, staff, approved ? CaseAction.APPROVE : CaseAction.RETURN_FROM_APPROVAL, step -> {
            if (!approved) {
                requireComment(command, "a returned draft says what to change");
            } else {
                CaseDraftEntity draft = step.loaded.draft;
                draft.approvedBy = staff.userId();
                draft.approvedAt = step.now;
                draft.letterSha256 = ReplyLetter.sha256(draft.letterText);
                step.reason = "letter sha256 " + draft.letterSha256;
            }
            return step.emit(approved ? Events.CASE_APPROVED : Events.CASE_APPROVAL_RETURNED,
                    new CaseEvents.Stepped(step.transitioned(step.today), command.comment()));
        });
    }

    @WithTransaction
    public Uni<CaseView> reply(CaseCommand command, Staff staff, WorkflowInputs.Reply input) {
        return perform(command, staff, CaseAction.REPLY, step -> {
            LocalDate repliedOn = input.repliedOn() != null ? input.repliedOn() : step.today;
            notAfterToday("repliedOn", repliedOn, step.today);
            CaseDraftEntity draft = step.loaded.draft;
            if (repliedOn.isBefore(draft.approvedAt.atZoneSameInstant(clock.getZone()).toLocalDate())) {
                throw ProblemException.invalid("repliedOn", "must not be before the approval");
            }
            ReplyType type = ReplyType.valueOf(draft.replyType);
            CaseFileEntity c = step.caseFile;
            c.replyType = type.name();
            c.repliedOn = repliedOn;
            c.replyDeliveryMethod = input.deliveryMethod().name();
            step.reason = type.name() + " by " + input.deliveryMethod();
            return step.emit(Events.CASE_REPLIED, new CaseEvents.Replied(step.transitioned(repliedOn), type.name(),
                    type.group().name(), repliedOn, draft.legalBasis, input.deliveryMethod().name(),
                    c.applicantCategory));
        });
    }

    @WithTransaction
    public Uni<CaseView> recordDelivery(CaseCommand command, Staff staff, WorkflowInputs.Delivery input) {
        return perform(command, staff, CaseAction.RECORD_DELIVERY, step -> {
            notAfterToday("deliveredOn", input.deliveredOn(), step.today);
            if (input.deliveredOn().isBefore(step.caseFile.repliedOn)) {
                throw ProblemException.invalid("deliveredOn", "must not be before the reply of "
                        + step.caseFile.repliedOn);
            }
            step.caseFile.deliveryMethod = input.method().name();
            step.caseFile.deliveredOn = input.deliveredOn();
            step.caseFile.deliveryProof = input.proof().strip();
            step.reason = input.method() + ": " + step.caseFile.deliveryProof;
            return step.emit(Events.CASE_DELIVERED, new CaseEvents.Delivered(step.transitioned(input.deliveredOn()),
                    input.method().name(), input.deliveredOn(), step.caseFile.deliveryProof));
        });
    }

    @WithTransaction
    public Uni<CaseView> close(CaseCommand command, Staff staff) {
        return perform(command, staff, CaseAction.CLOSE,
                step -> step.emit(Events.CASE_CLOSED, new CaseEvents.Closed(step.transitioned(step.today))));
    }

    @WithTransaction
    public Uni<CaseView> withdraw(CaseCommand command, Staff staff, WorkflowInputs.Withdrawal input) {
        return perform(command, staff, CaseAction.WITHDRAW, step -> {
            step.reason = input.reason();
            return step.emit(Events.CASE_WITHDRAWN,
                    new CaseEvents.Withdrawn(step.transitioned(step.today), input.reason()));
        });
    }

    // ---- the one way a step is taken

    /** What a step records beyond the state change: its facts, its event and the audit reason. */
    private final class Step {
        final CaseFileEntity caseFile;
        final Loaded loaded;
        final CaseWorkflow.Transition transition;
        final Staff staff;
        final LocalDate today;
        final OffsetDateTime now;
        String reason;

        Step(Loaded loaded, CaseWorkflow.Transition transition, Staff staff, OffsetDateTime now) {
            this.caseFile = loaded.caseFile;
            this.loaded = loaded;
            this.transition = transition;
            this.staff = staff;
            this.now = now;
            this.today = now.toLocalDate();
        }

        CaseTransitioned transitioned(LocalDate occurredOn) {
            return new CaseTransitioned(caseFile.trackingNumber, caseFile.agency, transition.action().name(),
                    transition.from().name(), transition.to().name(), occurredOn, now, staff.userId(),
                    transition.role().tokenName());
        }

        <T> Uni<Void> emit(EventType<T> type, T payload) {
            return outbox.append(type, caseFile.trackingNumber, payload).replaceWithVoid();
        }
    }

    private Uni<CaseView> perform(CaseCommand command, Staff staff, CaseAction action, Function<Step, Uni<Void>> effect) {
        return findCase(command.trackingNumber(), staff).chain(caseFile -> alreadyDone(command, action)
                .chain(repeat -> load(caseFile).chain(loaded -> {
                    if (repeat) {
                        LOG.infof("%s with idempotency key %s was already taken", action, command.idempotencyKey());
                        return Uni.createFrom().item(view(loaded, staff));
                    }
                    if (command.expectedVersion() != null && command.expectedVersion() != caseFile.version) {
                        throw stale(loaded, staff, command.expectedVersion());
                    }
                    OffsetDateTime now = OffsetDateTime.now(clock);
                    CaseWorkflow.Transition transition = decide(loaded, action, staff, now.toLocalDate());
                    Step step = new Step(loaded, transition, staff, now);
                    return effect.apply(step)
                            .chain(() -> {
                                caseFile.state = transition.to().name();
                                caseFile.updatedAt = now;
                                return audit(step, command.comment());
                            })
                            .chain(() -> rememberKey(command, action, staff, now))
                            .chain(() -> Panache.getSession().chain(session -> session.flush()))
                            // A concurrent repeat of the same Idempotency-Key loses the race for its key row.
                            .onFailure(ConstraintViolationException.class).transform(e -> ProblemException.conflict(
                                    "the same request is being processed; reload the case"))
                            .invoke(() -> LOG.infof("%s: %s -> %s by %s", action, transition.from(), transition.to(),
                                    staff.userId()))
                            .chain(() -> load(caseFile))
                            .map(after -> view(after, staff));
                })));
    }

    private CaseWorkflow.Transition decide(Loaded loaded, CaseAction action, Staff staff, LocalDate today) {
        try {
            return CaseWorkflow.decide(loaded.facts(feeNoticesEnabled(loaded.caseFile.agency)), action,
                    staff.actor(), today);
        } catch (WorkflowRefusal refusal) {
            ProblemKind kind = refusal.kind() == WorkflowRefusal.Kind.FORBIDDEN
                    ? ProblemKind.FORBIDDEN : ProblemKind.INVALID_TRANSITION;
            throw new ProblemException(new Problem(kind, refusal.getMessage())
                    .with("currentState", refusal.currentState())
                    .with("allowedActions", refusal.allowedActions()));
        }
    }

    private ProblemException stale(Loaded loaded, Staff staff, long expected) {
        CaseView current = view(loaded, staff);
        return new ProblemException(new Problem(ProblemKind.CONFLICT, "the case changed since version " + expected
                + "; it is now at version " + current.version() + " in state " + current.state())
                .with("currentState", current.state())
                .with("currentVersion", current.version())
                .with("allowedActions", current.allowedActions()));
    }

    private Uni<Boolean> alreadyDone(CaseCommand command, CaseAction action) {
        if (command.idempotencyKey() == null) {
            return Uni.createFrom().item(false);
        }
        CaseCommandEntity.Key key = new CaseCommandEntity.Key();
        key.trackingNumber = command.trackingNumber();
        key.idempotencyKey = command.idempotencyKey();
        return CaseCommandEntity.<CaseCommandEntity>findById(key).map(previous -> {
            if (previous != null && !previous.action.equals(action.name())) {
                throw ProblemException.conflict("Idempotency-Key " + command.idempotencyKey()
                        + " was already used for " + previous.action);
            }
            return previous != null;
        });
    }

    private Uni<Void> rememberKey(CaseCommand command, CaseAction action, Staff staff, OffsetDateTime now) {
        if (command.idempotencyKey() == null) {
            return Uni.createFrom().voidItem();
        }
        CaseCommandEntity record = new CaseCommandEntity();
        record.trackingNumber = command.trackingNumber();
        record.idempotencyKey = command.idempotencyKey();
        record.action = action.name();
        record.userId = staff.userId();
        record.recordedAt = now;
        return record.persist().replaceWithVoid();
    }

    private Uni<Void> audit(Step step, String comment) {
        CaseAuditEntity row = new CaseAuditEntity();
        row.trackingNumber = step.caseFile.trackingNumber;
        row.agency = step.caseFile.agency;
        row.action = step.transition.action().name();
        row.fromState = step.transition.from().name();
        row.toState = step.transition.to().name();
        row.userId = step.staff.userId();
        row.userName = step.staff.userName();
        row.role = step.transition.role().tokenName();
        row.reason = step.reason;
        row.comment = comment;
        row.occurredAt = step.now;
        return row.persist().replaceWithVoid();
    }

    // ---- loading

    /** A case with what the workflow and the view need to know about it. */
    private record Loaded(CaseFileEntity caseFile, Map<String, CaseDeadlineEntity> deadlines,
            List<ConsultationEntity> consultations, CaseDraftEntity draft, Set<String> draftAuthors) {

        CaseFacts facts(boolean feeNoticesEnabled) {
            return new CaseFacts(CaseState.valueOf(caseFile.state), caseFile.receivedDate,
                    due(DeadlineClock.CORRECTION_NOTICE), due(DeadlineClock.CORRECTION_PERIOD),
                    due(DeadlineClock.FEE_PAYMENT), caseFile.extendedWorkingDays != null, caseFile.feeId != null,
                    feeNoticesEnabled, openConsultations(), draft != null, draftAuthors);
        }

        LocalDate due(DeadlineClock clock) {
            CaseDeadlineEntity deadline = deadlines.get(clock.name());
            return deadline == null ? null : deadline.dueDate;
        }

        int openConsultations() {
            return (int) consultations.stream().filter(c -> c.outcome == null).count();
        }
    }

    Uni<CaseFileEntity> findCase(String trackingNumber, Staff staff) {
        return CaseFileEntity.<CaseFileEntity>findById(trackingNumber).map(caseFile -> {
            if (caseFile == null || !caseFile.agency.equals(staff.agency())) {
                throw ProblemException.notFound("case " + trackingNumber + " not found");
            }
            return caseFile;
        });
    }

    private Uni<Loaded> load(CaseFileEntity caseFile) {
        String tn = caseFile.trackingNumber;
        return CaseDeadlineEntity.<CaseDeadlineEntity>list("trackingNumber", tn)
                .chain(deadlines -> ConsultationEntity.<ConsultationEntity>list("trackingNumber", tn)
                        .chain(consultations -> CaseDraftEntity.<CaseDraftEntity>findById(tn)
                                .chain(draft -> draftAuthors(tn).map(authors -> new Loaded(caseFile,
                                        deadlines.stream().collect(Collectors.toMap(d -> d.clock, d -> d)),
                                        consultations, draft, authors)))));
    }

    /** Everyone who wrote or submitted the draft, from the audit trail. */
    private static Uni<Set<String>> draftAuthors(String trackingNumber) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                        "select distinct a.userId from CaseAuditEntity a "
                                + "where a.trackingNumber = :tn and a.action in :actions", String.class)
                .setParameter("tn", trackingNumber)
                .setParameter("actions", DRAFTING_ACTIONS)
                .getResultList())
                .map(HashSet::new);
    }

    private CaseView view(Loaded loaded, Staff staff) {
        CaseDeadlineEntity reply = loaded.deadlines.get(DeadlineClock.REPLY.name());
        List<CaseAction> allowed = CaseWorkflow.allowedActions(loaded.facts(feeNoticesEnabled(loaded.caseFile.agency)),
                staff.actor(), LocalDate.now(clock));
        return CaseView.of(loaded.caseFile, reply == null ? null : reply.dueDate, reply != null && reply.provisional,
                loaded.openConsultations(), allowed);
    }

    private boolean feeNoticesEnabled(String agency) {
        return config.feeNoticeAgencies().map(agencies -> agencies.contains(agency)).orElse(false);
    }

    String agencyName(String agency) {
        return config.agencyNames().getOrDefault(agency, agency);
    }

    private static void notAfterToday(String field, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
    }

    private static void requireComment(CaseCommand command, String why) {
        if (blank(command.comment())) {
            throw ProblemException.invalid("comment", why);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
