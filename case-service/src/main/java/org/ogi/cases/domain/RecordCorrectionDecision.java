package org.ogi.cases.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Art. 41 (2008: Art. 25): a request to correct a record about the applicant that the agency provided. The agency
 * checks the evidence ({@code checkFindings}) and then corrects the record, forwards the request to the agency
 * competent to correct it, tells the applicant to apply there, or refuses with reasons. Refusal, silence and
 * failure to forward are suable (SPC 2011 Art. 1(四)), so those letters state the remedies.
 */
public record RecordCorrectionDecision(
        Outcome outcome,
        String checkFindings,
        String competentAgency,
        String competentAgencyContact,
        String reasons,
        String reconsiderationBody) {

    public enum Outcome {
        /** 「有权更正的行政机关审核属实的，应当予以更正并告知申请人」. */
        CORRECTED,
        /** 「不属于本行政机关职能范围的，行政机关可以转送有权更正的行政机关处理并告知申请人」. */
        FORWARDED,
        /** 「或者告知申请人向有权更正的行政机关提出」. */
        APPLY_ELSEWHERE,
        /** Not verified: the record stays, with reasons. */
        REFUSED
    }

    /** The letter states the remedies unless the record was corrected as asked. */
    public boolean isAdverse() {
        return outcome != Outcome.CORRECTED;
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (outcome == null) {
            problems.add(new FieldProblem("outcome", "must not be null"));
            return problems;
        }
        if (ReplyContent.blank(checkFindings)) {
            problems.add(new FieldProblem("checkFindings", "records what the agency's check of the evidence found"));
        }
        boolean elsewhere = outcome == Outcome.FORWARDED || outcome == Outcome.APPLY_ELSEWHERE;
        if (elsewhere && ReplyContent.blank(competentAgency)) {
            problems.add(new FieldProblem("competentAgency", "names the agency competent to correct the record"));
        }
        if (outcome == Outcome.APPLY_ELSEWHERE && ReplyContent.blank(competentAgencyContact)) {
            problems.add(new FieldProblem("competentAgencyContact", "tells the applicant how to reach that agency"));
        }
        if (!elsewhere && !ReplyContent.blank(competentAgency)) {
            problems.add(new FieldProblem("competentAgency", "is named only when forwarding or referring"));
        }
        if (isAdverse() && ReplyContent.blank(reasons)) {
            problems.add(new FieldProblem("reasons", "are required for " + outcome));
        }
        if (isAdverse() && ReplyContent.blank(reconsiderationBody)) {
            problems.add(new FieldProblem("reconsiderationBody", "is named in the remedies of " + outcome));
        }
        return problems;
    }
}
