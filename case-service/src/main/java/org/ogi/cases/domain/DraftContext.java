package org.ogi.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ogi.law.ReplyRegime;

/**
 * What a reply may say depends on what happened in the case: the outcomes below need a step before them.
 *
 * @param trackingNumber     this request
 * @param corrected          a correction was requested and the corrected application received (Art. 30)
 * @param reasonsOutcome     the Art. 35 decision, null if the applicant was never asked for reasons
 * @param thirdPartyObjected a consulted third party objected with grounds (Art. 32)
 * @param earlierRequest     the request named in {@code repeatOf}, as this agency's cases know it; null if none
 */
public record DraftContext(
        ReplyRegime regime,
        String trackingNumber,
        LocalDate receivedDate,
        String applicantName,
        boolean corrected,
        ReasonsDecision.Outcome reasonsOutcome,
        boolean thirdPartyObjected,
        EarlierRequest earlierRequest) {

    /** An earlier case of the same agency; {@code repliedOn} is null while it is unanswered. */
    public record EarlierRequest(String trackingNumber, String applicantName, LocalDate repliedOn) {}

    /** The problems of {@code reply} in this case, beyond those of the reply itself. */
    public List<FieldProblem> problems(ReplyContent reply) {
        List<FieldProblem> problems = new ArrayList<>();
        if (reply.type() == ReplyType.CANNOT_PROVIDE_UNCLEAR_AFTER_CORRECTION && !corrected) {
            problems.add(new FieldProblem(
                    "replyType",
                    "「补正后申请内容仍不明确」 needs a correction that ran: a "
                            + "correction notice and the corrected application (Art. 30)"));
        }
        if (reply.type() == ReplyType.NOT_PROCESSED_EXCESSIVE_REQUESTS
                && reasonsOutcome != ReasonsDecision.Outcome.REASONS_NOT_REASONABLE) {
            problems.add(new FieldProblem(
                    "replyType",
                    "「无正当理由大量反复申请」 needs the applicant to have been "
                            + "asked for reasons and the agency to have found them not reasonable (Art. 35)"));
        }
        if (reply.type() == ReplyType.NOT_PROCESSED_REPEAT_REQUEST && !ReplyContent.blank(reply.repeatOf())) {
            repeatProblems(reply.repeatOf().strip(), problems);
        }
        if (thirdPartyObjected && reply.disclosesInformation() && ReplyContent.blank(reply.publicInterestReasons())) {
            problems.add(new FieldProblem(
                    "publicInterestReasons",
                    "disclosing over a third party's reasoned "
                            + "objection needs the reasons why withholding would seriously affect the public interest "
                            + "(Art. 32, Art. 15)"));
        }
        return problems;
    }

    /**
     * Art. 36(六): 「行政机关已就申请人提出的政府信息公开申请作出答复、申请人重复申请公开相同政府信息的」 — the earlier
     * request of the same applicant was answered before this one was received. Intake's POSSIBLE_REPEAT flag (same
     * applicant, similar title, 12 months) only points staff at candidates.
     */
    private void repeatProblems(String repeatOf, List<FieldProblem> problems) {
        if (repeatOf.equals(trackingNumber)) {
            problems.add(new FieldProblem("repeatOf", "names this request itself"));
        } else if (earlierRequest == null) {
            problems.add(new FieldProblem("repeatOf", repeatOf + " is no request of this agency"));
        } else if (earlierRequest.repliedOn() == null) {
            problems.add(new FieldProblem(
                    "repeatOf",
                    repeatOf + " has not been answered; only a request repeated "
                            + "after the answer is not processed again (Art. 36(六))"));
        } else if (earlierRequest.repliedOn().isAfter(receivedDate)) {
            problems.add(new FieldProblem(
                    "repeatOf",
                    repeatOf + " was answered on " + earlierRequest.repliedOn()
                            + ", after this request was received on " + receivedDate + " (Art. 36(六))"));
        } else if (!Objects.equals(normalised(earlierRequest.applicantName()), normalised(applicantName))) {
            problems.add(new FieldProblem("repeatOf", repeatOf + " was made by another applicant (Art. 36(六))"));
        }
    }

    private static String normalised(String name) {
        return name == null ? null : name.strip();
    }
}
