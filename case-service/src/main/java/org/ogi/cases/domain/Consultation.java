package org.ogi.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ogi.law.ConsultationKind;
import org.ogi.law.ReplyRegime;

/**
 * One written consultation of a third party (Art. 32; 2008: Art. 23) or another agency (Art. 34).
 *
 * @param answerDue           the last day of the party's 15 working days from its receipt of the letter, as
 *                            deadline-service announced it; null until then
 * @param thirdPartyNotifiedOn the day the objecting third party was told in writing of the disclosure (Art. 32)
 */
public record Consultation(
        String id,
        ConsultationKind kind,
        String party,
        LocalDate letterSentOn,
        LocalDate letterReceivedOn,
        LocalDate answerDue,
        ConsultationOutcome outcome,
        LocalDate answeredOn,
        LocalDate thirdPartyNotifiedOn) {

    public boolean isOpen() {
        return outcome == null;
    }

    /** A third party that objected with grounds (Art. 32 ¶1: 「第三方不同意公开且有合理理由的，行政机关不予公开」). */
    public boolean isThirdPartyObjection() {
        return kind == ConsultationKind.THIRD_PARTY && outcome == ConsultationOutcome.OBJECTION;
    }

    /** The day the party received the letter, entered after the start: not before sending, not in the future. */
    public List<FieldProblem> letterReceiptProblems(LocalDate receivedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (letterReceivedOn != null) {
            problems.add(new FieldProblem("letterReceivedOn", "was already recorded as " + letterReceivedOn));
        } else if (receivedOn.isBefore(letterSentOn)) {
            problems.add(
                    new FieldProblem("letterReceivedOn", "must not be before the letter was sent on " + letterSentOn));
        } else if (receivedOn.isAfter(today)) {
            problems.add(new FieldProblem("letterReceivedOn", "must not be in the future"));
        }
        return problems;
    }

    /**
     * An answer, or the silence of the party. Silence may be recorded only once the party's 15 working days from its
     * receipt of the letter have ended (Arts. 32, 34; 2019 regime); the 2008 Regulation set the party no period.
     */
    public List<FieldProblem> answerProblems(
            ConsultationOutcome answer, LocalDate answered, String grounds, ReplyRegime regime, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!isOpen()) {
            problems.add(new FieldProblem("outcome", "consultation " + id + " was already answered: " + outcome));
            return problems;
        }
        if (answer.isSilence()) {
            silenceProblems(answer, regime, today, problems);
            if (answered != null) {
                problems.add(new FieldProblem("answeredOn", "is not given for " + answer));
            }
            return problems;
        }
        if (answered == null) {
            problems.add(new FieldProblem("answeredOn", "is required for " + answer));
        } else if (answered.isAfter(today)) {
            problems.add(new FieldProblem("answeredOn", "must not be in the future"));
        } else if (answered.isBefore(letterSentOn)) {
            problems.add(new FieldProblem("answeredOn", "must not be before the letter was sent on " + letterSentOn));
        }
        if (answer == ConsultationOutcome.OBJECTION && ReplyContent.blank(grounds)) {
            problems.add(new FieldProblem("grounds", "an objection states its grounds (Art. 32)"));
        }
        return problems;
    }

    private void silenceProblems(
            ConsultationOutcome answer, ReplyRegime regime, LocalDate today, List<FieldProblem> problems) {
        boolean otherAgency = kind == ConsultationKind.OTHER_AGENCY;
        if (answer == ConsultationOutcome.DEEMED_CONSENT && (!otherAgency || !regime.hasConsultationAnswerPeriod())) {
            problems.add(new FieldProblem(
                    "outcome",
                    "deemed consent is Art. 34's rule for another agency that "
                            + "does not answer within 15 working days; a third party's silence is NO_ANSWER"));
            return;
        }
        if (answer == ConsultationOutcome.NO_ANSWER && otherAgency && regime.hasConsultationAnswerPeriod()) {
            problems.add(new FieldProblem(
                    "outcome",
                    "another agency that does not answer within 15 working days "
                            + "is deemed to consent (Art. 34): record DEEMED_CONSENT"));
            return;
        }
        if (!regime.hasConsultationAnswerPeriod()) {
            return;
        }
        if (letterReceivedOn == null) {
            problems.add(new FieldProblem(
                    "outcome",
                    "the 15 working days run from the party's receipt of the "
                            + "letter (Arts. 32, 34): record when it received the letter first"));
        } else if (answerDue == null) {
            problems.add(new FieldProblem(
                    "outcome", "the end of the party's answer period is not known yet from " + "deadline-service"));
        } else if (!today.isAfter(answerDue)) {
            problems.add(new FieldProblem(
                    "outcome",
                    answer + " may be recorded from " + answerDue.plusDays(1)
                            + ": the party has until " + answerDue
                            + " (15 working days from its receipt of the letter on "
                            + letterReceivedOn + ", Art. " + (otherAgency ? "34" : "32") + ")"));
        }
    }

    /**
     * Art. 32: disclosing over a third party's reasoned objection because withholding would seriously affect the
     * public interest requires telling the third party in writing what will be disclosed and why, before disclosure.
     */
    public List<FieldProblem> disclosureNoticeProblems(
            LocalDate notifiedOn, String information, String reasons, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!isThirdPartyObjection()) {
            problems.add(new FieldProblem(
                    "consultationId",
                    "only a third party that objected is told of a " + "disclosure over its objection (Art. 32)"));
            return problems;
        }
        if (thirdPartyNotifiedOn != null) {
            problems.add(new FieldProblem("notifiedOn", "the third party was already told on " + thirdPartyNotifiedOn));
        } else if (notifiedOn.isAfter(today)) {
            problems.add(new FieldProblem("notifiedOn", "must not be in the future"));
        } else if (answeredOn != null && notifiedOn.isBefore(answeredOn)) {
            problems.add(new FieldProblem("notifiedOn", "must not be before the objection of " + answeredOn));
        }
        if (ReplyContent.blank(information)) {
            problems.add(new FieldProblem("informationToDisclose", "says what will be disclosed (Art. 32)"));
        }
        if (ReplyContent.blank(reasons)) {
            problems.add(new FieldProblem(
                    "publicInterestReasons",
                    "says why withholding would seriously affect the public interest (Art. 32, Art. 15)"));
        }
        return problems;
    }

    /** An open consultation whose letter has no recorded receipt: its answer period cannot be known yet. */
    public static boolean letterReceiptMissing(List<Consultation> consultations) {
        return consultations.stream().anyMatch(c -> c.isOpen() && c.letterReceivedOn() == null);
    }

    /** A third party objected and has not been told of a disclosure (Art. 32). */
    public static boolean objectionAwaitingNotice(List<Consultation> consultations) {
        return consultations.stream().anyMatch(c -> c.isThirdPartyObjection() && c.thirdPartyNotifiedOn() == null);
    }

    /** The draft discloses over an objection of which the third party has not been told yet (Art. 32). */
    public static boolean disclosureNoticeMissing(List<Consultation> consultations, ReplyContent draft) {
        return draft != null && draft.disclosesInformation() && objectionAwaitingNotice(consultations);
    }
}
