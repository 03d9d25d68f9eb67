package org.ogi.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ogi.cases.config.CaseConfig;
import org.ogi.cases.domain.CaseAction;
import org.ogi.cases.domain.CaseFacts;
import org.ogi.cases.domain.CaseWorkflow;
import org.ogi.cases.domain.ReplyLetter;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.cases.persistence.CaseRepository;
import org.ogi.cases.persistence.LoadedCase;
import org.ogi.platform.problem.ProblemException;

/** What staff read about a case of their agency; a case of another agency does not exist for them (404). */
@ApplicationScoped
public class CaseReads {

    private final CaseRepository cases;
    private final Clock clock;
    private final CaseConfig config;

    CaseReads(CaseRepository cases, Clock clock, CaseConfig config) {
        this.cases = cases;
        this.clock = clock;
        this.config = config;
    }

    @WithSession
    public Uni<CaseSnapshot> view(String trackingNumber, Staff staff) {
        return find(trackingNumber, staff).chain(cases::load).map(loaded -> snapshot(loaded, staff));
    }

    @WithSession
    public Uni<List<AuditEntry>> audit(String trackingNumber, Staff staff) {
        return find(trackingNumber, staff)
                .chain(c -> cases.auditTrail(trackingNumber))
                .map(rows -> rows.stream().map(AuditEntry::of).toList());
    }

    @WithSession
    public Uni<DraftSnapshot> draft(String trackingNumber, Staff staff) {
        return find(trackingNumber, staff)
                .chain(c -> cases.draft(trackingNumber))
                .map(draft -> {
                    if (draft == null) {
                        throw ProblemException.notFound("case " + trackingNumber + " has no draft reply");
                    }
                    return DraftSnapshot.of(draft);
                });
    }

    /**
     * The letter to print: an Art. 41 decision letter; else the reply letter as sent, or as approved, or the draft.
     *
     * @param sha256 null while the letter is a draft that may still change
     */
    public record Letter(String text, String sha256) {}

    @WithSession
    public Uni<Letter> letter(String trackingNumber, Staff staff) {
        return find(trackingNumber, staff).chain(c -> {
            if (c.correctionLetterText != null) {
                return Uni.createFrom()
                        .item(new Letter(c.correctionLetterText, ReplyLetter.sha256(c.correctionLetterText)));
            }
            return cases.draft(trackingNumber).map(draft -> {
                if (draft == null) {
                    throw ProblemException.notFound("case " + trackingNumber + " has no letter yet");
                }
                return draft.sentLetterText != null
                        ? new Letter(draft.sentLetterText, draft.sentLetterSha256)
                        : new Letter(draft.letterText, draft.letterSha256);
            });
        });
    }

    /** The case file if it belongs to the staff member's agency; runs in the caller's session. */
    Uni<CaseFileEntity> find(String trackingNumber, Staff staff) {
        return cases.find(trackingNumber).map(caseFile -> {
            if (caseFile == null || !caseFile.agency.equals(staff.agency())) {
                throw ProblemException.notFound("case " + trackingNumber + " not found");
            }
            return caseFile;
        });
    }

    CaseFacts facts(LoadedCase loaded) {
        return loaded.facts(config.feeNoticeAgencies()
                .map(agencies -> agencies.contains(loaded.caseFile().agency))
                .orElse(false));
    }

    CaseSnapshot snapshot(LoadedCase loaded, Staff staff) {
        List<CaseAction> allowed = CaseWorkflow.allowedActions(facts(loaded), staff.actor(), LocalDate.now(clock));
        return CaseSnapshot.of(loaded, allowed);
    }
}
