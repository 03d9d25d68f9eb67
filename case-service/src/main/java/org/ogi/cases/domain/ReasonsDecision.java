package org.ogi.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Art. 35: after asking an applicant whose requests clearly exceed a reasonable number or frequency to state reasons,
 * the agency decides. Reasons not reasonable: the request is not processed (不予处理, table 三 （五）4). Reasonable
 * but the Art. 33 period cannot be met: the head of the OGI office sets a longer, reasonable reply date and the
 * applicant is told of it.
 *
 * @param reasonsReceivedOn the day the applicant's reasons arrived; null if none came
 * @param assessment        the agency's reasons for its decision
 * @param replyDueDate      the longer reply date, for LONGER_PERIOD only
 * @param applicantToldOn   the day the applicant was told of the longer date, for LONGER_PERIOD only
 */
public record ReasonsDecision(
        Outcome outcome,
        LocalDate reasonsReceivedOn,
        String assessment,
        LocalDate replyDueDate,
        LocalDate applicantToldOn) {

    public enum Outcome {
        /** 「申请理由不合理的，告知申请人不予处理」. */
        REASONS_NOT_REASONABLE,
        /** The reasons are reasonable and the ordinary reply period stands. */
        REASONABLE,
        /** 「申请理由合理，但是无法在本条例第三十三条规定的期限内答复申请人的，可以确定延迟答复的合理期限并告知申请人」. */
        LONGER_PERIOD
    }

    /**
     * @param reasonsRequestedOn the day the applicant was asked for reasons
     * @param replyDue           the reply date in force (Art. 33), from deadline-service
     */
    public List<FieldProblem> problems(LocalDate reasonsRequestedOn, LocalDate replyDue, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (ReplyContent.blank(assessment)) {
            problems.add(new FieldProblem("assessment", "states why the agency decided so (Art. 35)"));
        }
        if (reasonsReceivedOn != null
                && (reasonsReceivedOn.isBefore(reasonsRequestedOn) || reasonsReceivedOn.isAfter(today))) {
            problems.add(new FieldProblem(
                    "reasonsReceivedOn",
                    "lies between the request for reasons on " + reasonsRequestedOn + " and today"));
        }
        if (outcome != Outcome.LONGER_PERIOD) {
            if (replyDueDate != null || applicantToldOn != null) {
                problems.add(new FieldProblem("replyDueDate", "a longer reply date is set only with LONGER_PERIOD"));
            }
            return problems;
        }
        if (replyDueDate == null) {
            problems.add(new FieldProblem("replyDueDate", "is the longer reply date the head of the OGI office set"));
        } else if (replyDue == null) {
            problems.add(new FieldProblem(
                    "replyDueDate", "the reply date in force is not known yet from " + "deadline-service"));
        } else if (!replyDueDate.isAfter(replyDue)) {
            problems.add(new FieldProblem("replyDueDate", "must be later than the reply date in force, " + replyDue));
        }
        if (applicantToldOn == null) {
            problems.add(new FieldProblem("applicantToldOn", "the applicant is told of the longer date (Art. 35)"));
        } else if (applicantToldOn.isAfter(today) || applicantToldOn.isBefore(reasonsRequestedOn)) {
            problems.add(new FieldProblem(
                    "applicantToldOn", "lies between the request for reasons on " + reasonsRequestedOn + " and today"));
        }
        return problems;
    }
}
