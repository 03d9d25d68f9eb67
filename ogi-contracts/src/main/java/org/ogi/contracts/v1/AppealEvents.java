package org.ogi.contracts.v1;

import java.time.LocalDate;
import java.util.List;
import org.ogi.contracts.EventType;
import org.ogi.contracts.Topics;

/**
 * Events of an appeal (行政复议 or 行政诉讼 against an agency's OGI reply or its failure to reply), topic
 * {@code ogi.appeals}, keyed by the appeal number; and deadline-service's check of whether it was filed in time
 * (topic {@code ogi.deadlines}).
 */
public final class AppealEvents {

    public static final EventType<Filed> FILED = new EventType<>("ogi.appeal.filed.v1", Topics.APPEALS, Filed.class);
    public static final EventType<AnswerSubmitted> ANSWER_SUBMITTED =
            new EventType<>("ogi.appeal.answer-submitted.v1", Topics.APPEALS, AnswerSubmitted.class);
    public static final EventType<Decided> DECIDED =
            new EventType<>("ogi.appeal.decided.v1", Topics.APPEALS, Decided.class);
    public static final EventType<Withdrawn> WITHDRAWN =
            new EventType<>("ogi.appeal.withdrawn.v1", Topics.APPEALS, Withdrawn.class);
    public static final EventType<DecisionPeriodExtended> DECISION_PERIOD_EXTENDED =
            new EventType<>("ogi.appeal.decision-period-extended.v1", Topics.APPEALS, DecisionPeriodExtended.class);
    public static final EventType<FilingChecked> FILING_CHECKED =
            new EventType<>("ogi.deadline.appeal-filing-checked.v1", Topics.DEADLINES, FilingChecked.class);

    public static final List<EventType<?>> ALL =
            List.of(FILED, ANSWER_SUBMITTED, DECIDED, WITHDRAWN, DECISION_PERIOD_EXTENDED, FILING_CHECKED);

    private AppealEvents() {}

    /**
     * legal-officer recorded a received reconsideration application or complaint copy.
     *
     * @param kind              RECONSIDERATION, DIRECT_SUIT, SUIT_AFTER_RECONSIDERATION, SECOND_INSTANCE, RETRIAL
     * @param against           REPLY (the cases' replies) or NON_PERFORMANCE (no reply by the due date)
     * @param followsAppeal     the appeal this one follows (the reconsideration before a suit, the judgment appealed)
     * @param forum             the reconsideration body or the court
     * @param procedure         ORDINARY or SIMPLIFIED (ARL 2023 Art. 53(四), ALL Art. 82(三))
     * @param filedOn           the day the body received the application or the court registered the complaint
     * @param copyReceivedOn    the day the agency received the copy: its answer or defence period runs from here
     * @param acceptedOn        the body's acceptance date when known (else deemed after 5 working days, Art. 30)
     * @param knewOn            the day the applicant knew of the act: the reply's service date, or the day the
     *                          decision or judgment followed was served
     * @param actOn             the day of the act (reply date; for non-performance the reply due date)
     * @param replyDueDate      the cases' reply due date including any extension (non-performance runs from it)
     * @param remediesTold      whether the act told the applicant of the remedy, body and period (null: unknown)
     * @param replyOutcomeGroup table 三 group of the reply (WITHHELD etc.); null for non-performance
     * @param appealedForm      for a second instance: JUDGMENT (15 days) or RULING (10 days), else null
     */
    public record Filed(
            String appealNumber,
            String agency,
            String kind,
            String against,
            List<String> trackingNumbers,
            String followsAppeal,
            String appellant,
            String forum,
            String forumFileNumber,
            String procedure,
            LocalDate filedOn,
            LocalDate copyReceivedOn,
            LocalDate acceptedOn,
            LocalDate knewOn,
            LocalDate actOn,
            LocalDate replyDueDate,
            Boolean remediesTold,
            String replyOutcomeGroup,
            String appealedForm,
            String recordedBy) {}

    /** The agency submitted its answer (答复书, ARL) or defence (答辩状, ALL) with the evidence listed. */
    public record AnswerSubmitted(
            String appealNumber,
            String agency,
            String kind,
            LocalDate submittedOn,
            List<String> evidence,
            String recordedBy) {}

    /**
     * The body or court decided. {@code outcome} is the law's term (e.g. UPHELD, REVOKED, ORDERED_TO_REPLY),
     * {@code reportColumn} its table 四 column (MAINTAINED, CORRECTED, OTHER). When the decision orders the agency to
     * reply again, {@code replyAgain} is true and the new reply is due by {@code replyAgainBy}, or within
     * {@code replyAgainWorkingDays} working days of {@code servedOn}.
     *
     * @param form DECISION (reconsideration), JUDGMENT or RULING (court; the appeal window is 15 or 10 days)
     */
    public record Decided(
            String appealNumber,
            String agency,
            String kind,
            List<String> trackingNumbers,
            String outcome,
            String reportColumn,
            String form,
            LocalDate decidedOn,
            LocalDate servedOn,
            String documentNumber,
            boolean replyAgain,
            LocalDate replyAgainBy,
            Integer replyAgainWorkingDays,
            String recordedBy) {}

    /**
     * The reconsideration body extended its decision period, once, by {@code days} (at most 30; ARL 2023 Art. 62 ¶1,
     * ARL 2017 Art. 31) and told the parties in writing on {@code notifiedOn}.
     */
    public record DecisionPeriodExtended(
            String appealNumber,
            String agency,
            String kind,
            int days,
            LocalDate notifiedOn,
            String reason,
            String recordedBy) {}

    /** The appellant withdrew (the body's 终止 or the court's ruling allowing it is recorded as a decision). */
    public record Withdrawn(
            String appealNumber, String agency, String kind, LocalDate withdrawnOn, String reason, String recordedBy) {}

    /**
     * deadline-service's answer to whether an appeal was filed in time: the last day of the period under
     * {@code rule} and the flags (LATE, REMEDIES_NOT_TOLD, FIVE_YEAR_BAR, RECONSIDERATION_REQUIRED_FIRST). Shown
     * to legal staff; the body or court decides.
     */
    public record FilingChecked(
            String appealNumber,
            String agency,
            String rule,
            LocalDate periodStart,
            LocalDate lastDay,
            LocalDate filedOn,
            boolean inTime,
            List<String> flags,
            List<String> explanation,
            boolean provisional) {}
}
