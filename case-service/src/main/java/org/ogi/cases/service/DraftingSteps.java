package org.ogi.cases.service;

import static org.ogi.cases.service.StepContext.blank;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.Consultation;
import org.ogi.cases.domain.DraftContext;
import org.ogi.cases.domain.FieldProblem;
import org.ogi.cases.domain.ReplyContent;
import org.ogi.cases.domain.ReplyLetter;
import org.ogi.cases.persistence.CaseDraftEntity;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.cases.persistence.CaseRepository;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.Events;
import org.ogi.law.ReplyRegime;
import org.ogi.platform.problem.ProblemException;

/** Writing the reply and getting it through secrecy review and approval (four eyes). */
@ApplicationScoped
public class DraftingSteps {

    private final StepExecutor executor;
    private final CaseRepository cases;

    DraftingSteps(StepExecutor executor, CaseRepository cases) {
        this.executor = executor;
        this.cases = cases;
    }

    /** @param officer the assigned case officer's user id; their my-drafts queue lists the case */
    public Uni<CaseSnapshot> assign(CaseCommand command, Staff staff, String department, String officer) {
        return executor.run(command, staff, CaseAction.ASSIGN, step -> {
            step.caseFile().department = department.strip();
            step.caseFile().assignedOfficer = officer.strip();
            return step.announce(
                            Events.CASE_ASSIGNED,
                            new CaseEvents.Assigned(
                                    step.transitioned(step.today()),
                                    step.caseFile().department,
                                    step.caseFile().assignedOfficer))
                    .because(step.caseFile().department + " / " + step.caseFile().assignedOfficer);
        });
    }

    /**
     * Creates or replaces the draft reply. Without a legal basis it cites its variant's article, under the regime of
     * the received date (OGI Reg 2008 before 2019-05-15); what the case must have gone through first is checked
     * against the case ({@link DraftContext}).
     *
     * @param letterText the staff's edited letter, or null to generate it from the template
     */
    @WithTransaction
    public Uni<CaseSnapshot> saveDraft(CaseCommand command, Staff staff, ReplyContent input, String letterText) {
        return earlierRequest(input.repeatOf(), staff)
                .chain(earlier -> executor.run(command, staff, CaseAction.SAVE_DRAFT, step -> {
                    CaseFileEntity c = step.caseFile();
                    ReplyRegime regime = ReplyRegime.forReceivedDate(c.receivedDate);
                    ReplyContent reply = input.withDefaultLegalBasis(regime);
                    List<FieldProblem> problems = new ArrayList<>(reply.validate());
                    problems.addAll(context(step, regime, earlier).problems(reply));
                    step.reject(problems);
                    String letter = blank(letterText)
                            ? ReplyLetter.draft(reply, letterFacts(c, c.informationTitle, step.today()))
                            : letterText;
                    ReplyLetter.missingRemedies(reply, letter, step.today()).ifPresent(missing -> {
                        throw ProblemException.invalid("letterText", missing);
                    });
                    boolean created = step.loaded().draft() == null;
                    CaseDraftEntity draft =
                            created ? new CaseDraftEntity() : step.loaded().draft();
                    draft.trackingNumber = c.trackingNumber;
                    record(draft, reply);
                    draft.letterText = letter;
                    draft.letterDate = step.today();
                    draft.updatedBy = staff.userId();
                    draft.updatedAt = step.now();
                    StepOutcome outcome = StepOutcome.silent()
                            .because(reply.type().name()
                                    + (blank(letterText) ? " (letter from template)" : " (letter edited)"));
                    return created ? outcome.creating(draft) : outcome;
                }));
    }

    /** The letter's facts; the agency's name is the one intake's event carried (its code for older cases). */
    static ReplyLetter.Facts letterFacts(CaseFileEntity c, String subject, LocalDate letterDate) {
        return new ReplyLetter.Facts(
                c.trackingNumber,
                blank(c.agencyName) ? c.agency : c.agencyName,
                c.applicantName,
                c.receivedDate,
                subject,
                letterDate);
    }

    private static void record(CaseDraftEntity draft, ReplyContent reply) {
        draft.replyType = reply.type();
        draft.alreadyPublished = reply.alreadyPublished();
        draft.publicationLocation = reply.publicationLocation();
        draft.withheldGround = reply.withheldGround();
        draft.legalBasis = reply.legalBasis();
        draft.reasons = reply.reasons();
        draft.notThisAgency = reply.notThisAgency();
        draft.responsibleAgency = reply.responsibleAgency();
        draft.responsibleAgencyContact = reply.responsibleAgencyContact();
        draft.responsibleAgencyUnknown = reply.responsibleAgencyUnknown();
        draft.reconsiderationBody = reply.reconsiderationBody();
        draft.repeatOf = blank(reply.repeatOf()) ? null : reply.repeatOf().strip();
        draft.specialLaw = reply.specialLaw();
        draft.publicInterestReasons = reply.publicInterestReasons();
    }

    private static DraftContext context(StepContext step, ReplyRegime regime, DraftContext.EarlierRequest earlier) {
        CaseFileEntity c = step.caseFile();
        return new DraftContext(
                regime,
                c.trackingNumber,
                c.receivedDate,
                c.applicantName,
                c.correctedReceivedDate != null,
                c.reasonsOutcome,
                step.loaded().consultationFacts().stream().anyMatch(Consultation::isThirdPartyObjection),
                earlier);
    }

    /** Art. 36(六): the earlier request as this agency's cases know it; null when there is none. */
    private Uni<DraftContext.EarlierRequest> earlierRequest(String repeatOf, Staff staff) {
        if (blank(repeatOf)) {
            return Uni.createFrom().nullItem();
        }
        return cases.find(repeatOf.strip())
                .map(c -> c == null || !c.agency.equals(staff.agency())
                        ? null
                        : new DraftContext.EarlierRequest(c.trackingNumber, c.applicantName, c.repliedOn));
    }

    public Uni<CaseSnapshot> submitDraft(CaseCommand command, Staff staff) {
        return executor.run(
                command,
                staff,
                CaseAction.SUBMIT_DRAFT,
                step -> step.announce(
                        Events.CASE_DRAFT_SUBMITTED,
                        new CaseEvents.Stepped(step.transitioned(step.today()), command.comment())));
    }

    /** 保密审查: a returned review says what to change. */
    public Uni<CaseSnapshot> secrecyReview(CaseCommand command, Staff staff, boolean passed) {
        return executor.run(
                command,
                staff,
                passed ? CaseAction.PASS_SECRECY_REVIEW : CaseAction.RETURN_FROM_SECRECY_REVIEW,
                step -> {
                    if (!passed) {
                        step.requireComment("a returned secrecy review says what to change");
                    }
                    return step.announce(
                            passed ? Events.CASE_SECRECY_REVIEW_PASSED : Events.CASE_SECRECY_REVIEW_RETURNED,
                            new CaseEvents.Stepped(step.transitioned(step.today()), command.comment()));
                });
    }

    /** Approval freezes the letter: its text no longer changes and its SHA-256 is recorded. */
    public Uni<CaseSnapshot> approval(CaseCommand command, Staff staff, boolean approved) {
        return executor.run(command, staff, approved ? CaseAction.APPROVE : CaseAction.RETURN_FROM_APPROVAL, step -> {
            StepOutcome outcome = step.announce(
                    approved ? Events.CASE_APPROVED : Events.CASE_APPROVAL_RETURNED,
                    new CaseEvents.Stepped(step.transitioned(step.today()), command.comment()));
            CaseDraftEntity draft = step.loaded().draft();
            if (!approved) {
                step.requireComment("a returned draft says what to change");
                if (draft.letterSha256 == null) {
                    return outcome;
                }
                // Returned after approval (from APPROVED): the letter is drafted and approved again, so its freeze
                // is released; the audit keeps the hash it was approved with.
                String releasedSha256 = draft.letterSha256;
                draft.approvedBy = null;
                draft.approvedAt = null;
                draft.letterSha256 = null;
                return outcome.because("approval of letter sha256 " + releasedSha256 + " withdrawn");
            }
            draft.approvedBy = staff.userId();
            draft.approvedAt = step.now();
            draft.letterSha256 = ReplyLetter.sha256(draft.letterText);
            return outcome.because("letter sha256 " + draft.letterSha256);
        });
    }
}
