package org.ogi.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.ogi.cases.domain.ApplicantStatus;
import org.ogi.cases.domain.ReplyDueNotice;
import org.ogi.cases.domain.ReplyLetter;
import org.ogi.cases.persistence.CaseDraftEntity;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.cases.persistence.CaseRepository;
import org.ogi.cases.persistence.LoadedCase;
import org.ogi.platform.problem.ProblemException;

/**
 * What an applicant reads about the requests they submitted with their account: where each stands in their terms,
 * the reply date with its explanation, and the reply letter once it was sent. Another applicant's request, or one
 * made on paper, does not exist for them (404).
 */
@ApplicationScoped
public class ApplicantCases {

    private final CaseRepository cases;

    ApplicantCases(CaseRepository cases) {
        this.cases = cases;
    }

    /**
     * A request as its applicant sees it: no staff names, no internal step.
     *
     * @param replyTypeLabel  the kind of reply, once replied
     * @param letterAvailable the reply letter as sent can be downloaded
     */
    public record ApplicantCase(
            String trackingNumber,
            String agencyName,
            String informationTitle,
            LocalDate receivedDate,
            ApplicantStatus status,
            ReplyDueNotice replyDue,
            String replyTypeLabel,
            LocalDate repliedOn,
            LocalDate deliveredOn,
            LocalDate withdrawnOn,
            boolean letterAvailable) {}

    /** The applicant's requests, newest first. */
    @WithSession
    public Uni<List<ApplicantCase>> mine(String userId) {
        return CaseFileEntity.<CaseFileEntity>list("applicantUserId", Sort.descending("openedAt"), userId)
                .chain(files -> Multi.createFrom()
                        .iterable(files)
                        .onItem()
                        .transformToUniAndConcatenate(cases::load)
                        .map(ApplicantCases::view)
                        .collect()
                        .asList());
    }

    @WithSession
    public Uni<ApplicantCase> one(String trackingNumber, String userId) {
        return cases.find(trackingNumber)
                .map(found -> owned(found, trackingNumber, userId))
                .chain(cases::load)
                .map(ApplicantCases::view);
    }

    /** The letter as it went out; nothing before the reply (a draft or an approved letter is the agency's). */
    @WithSession
    public Uni<CaseReads.Letter> letter(String trackingNumber, String userId) {
        return cases.find(trackingNumber)
                .map(found -> owned(found, trackingNumber, userId))
                .chain(cases::load)
                .map(loaded -> {
                    String text = sentLetter(loaded);
                    if (text == null) {
                        throw ProblemException.notFound("no reply letter has been sent for " + trackingNumber);
                    }
                    return new CaseReads.Letter(text, ReplyLetter.sha256(text));
                });
    }

    /** The case file if the applicant submitted it with this account. */
    static CaseFileEntity owned(CaseFileEntity caseFile, String trackingNumber, String userId) {
        if (caseFile == null || caseFile.applicantUserId == null || !caseFile.applicantUserId.equals(userId)) {
            throw ProblemException.notFound("request " + trackingNumber + " not found");
        }
        return caseFile;
    }

    private static ApplicantCase view(LoadedCase loaded) {
        CaseFileEntity c = loaded.caseFile();
        ApplicantStatus status = ApplicantStatus.of(c.state);
        ReplyDueNotice due = ReplyDueNotice.of(new ReplyDueNotice.Facts(
                c.state,
                c.receivedDate,
                loaded.replyDue(),
                loaded.provisional(loaded.replyClock()),
                c.extendedWorkingDays,
                c.reasonsReplyDue,
                c.remandAppeal != null,
                c.repliedOn,
                c.withdrawnOn));
        return new ApplicantCase(
                c.trackingNumber,
                c.agencyName,
                c.informationTitle,
                c.receivedDate,
                status,
                due,
                status.replied() && c.replyType != null ? c.replyType.label() : null,
                c.repliedOn,
                c.deliveredOn,
                c.withdrawnOn,
                sentLetter(loaded) != null);
    }

    /** The Art. 41 decision letter, or the reply letter as sent; null before the reply went out. */
    private static String sentLetter(LoadedCase loaded) {
        if (!ApplicantStatus.of(loaded.caseFile().state).replied()) {
            return null;
        }
        if (loaded.caseFile().correctionLetterText != null) {
            return loaded.caseFile().correctionLetterText;
        }
        CaseDraftEntity draft = loaded.draft();
        return draft == null ? null : draft.sentLetterText;
    }
}
