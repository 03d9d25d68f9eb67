package org.ogi.appeals.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ogi.law.AppealKind;
import org.ogi.law.AppealProcedure;

/**
 * A received reconsideration application or complaint copy as legal-officer records it (issue 13 item 3). A late
 * filing is recorded and flagged, never refused: the body or court decides.
 *
 * @param nonPerformance true if it challenges the agency's failure to reply rather than a reply
 * @param appealedForm   for a second instance: JUDGMENT (15 days) or RULING (10 days, ALL Art. 85)
 */
public record Filing(
        AppealKind kind,
        boolean nonPerformance,
        List<String> trackingNumbers,
        String followsAppeal,
        String appellant,
        String forum,
        String forumFileNumber,
        AppealProcedure procedure,
        LocalDate filedOn,
        LocalDate copyReceivedOn,
        LocalDate acceptedOn,
        LocalDate knewOn,
        Boolean remediesTold,
        String appealedForm) {

    public Filing {
        trackingNumbers = trackingNumbers == null ? List.of() : List.copyOf(trackingNumbers);
    }

    /** The problems of this filing as of {@code today}; empty if it can be recorded. */
    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "is required"));
        }
        if (trackingNumbers.isEmpty()) {
            problems.add(new FieldProblem("trackingNumbers", "name at least one case"));
        }
        if (trackingNumbers.stream().distinct().count() != trackingNumbers.size()) {
            problems.add(new FieldProblem("trackingNumbers", "a case is named twice"));
        }
        blank(problems, "appellant", appellant);
        blank(problems, "forum", forum);
        if (procedure == null) {
            problems.add(new FieldProblem("procedure", "is required"));
        }
        if (kind != null) {
            if (kind.followsAnother() && (followsAppeal == null || followsAppeal.isBlank())) {
                problems.add(new FieldProblem("followsAppeal", kind + " names the appeal it follows"));
            }
            if (!kind.followsAnother() && followsAppeal != null) {
                problems.add(new FieldProblem("followsAppeal", kind + " follows no other appeal"));
            }
            if (nonPerformance && kind != AppealKind.RECONSIDERATION && kind != AppealKind.DIRECT_SUIT) {
                problems.add(new FieldProblem(
                        "nonPerformance",
                        "only a reconsideration or a direct suit " + "challenges a failure to reply"));
            }
            if (kind == AppealKind.SECOND_INSTANCE
                    ? !"JUDGMENT".equals(appealedForm) && !"RULING".equals(appealedForm)
                    : appealedForm != null) {
                problems.add(new FieldProblem(
                        "appealedForm",
                        "a second instance appeals a JUDGMENT or a RULING; " + "other kinds name none"));
            }
            if (procedure == AppealProcedure.SIMPLIFIED
                    && (kind == AppealKind.SECOND_INSTANCE || kind == AppealKind.RETRIAL)) {
                problems.add(new FieldProblem(
                        "procedure",
                        "the simplified procedure is for reconsideration and "
                                + "first instance (ARL 2023 Art. 53, ALL Art. 82)"));
            }
        }
        notAfterToday(problems, "filedOn", filedOn, today, true);
        notAfterToday(problems, "copyReceivedOn", copyReceivedOn, today, true);
        notAfterToday(problems, "acceptedOn", acceptedOn, today, false);
        notAfterToday(problems, "knewOn", knewOn, today, false);
        if (filedOn != null && copyReceivedOn != null && copyReceivedOn.isBefore(filedOn)) {
            problems.add(new FieldProblem("copyReceivedOn", "is before the filing day"));
        }
        if (knewOn != null && filedOn != null && knewOn.isAfter(filedOn)) {
            problems.add(new FieldProblem("knewOn", "is after the filing day"));
        }
        return problems;
    }

    /** Whether an appeal of {@code kind} may follow one of {@code followed}. */
    public static boolean mayFollow(AppealKind kind, AppealKind followed) {
        return switch (kind) {
            case SUIT_AFTER_RECONSIDERATION -> followed == AppealKind.RECONSIDERATION;
            case SECOND_INSTANCE ->
                followed == AppealKind.DIRECT_SUIT || followed == AppealKind.SUIT_AFTER_RECONSIDERATION;
            case RETRIAL -> followed.isLitigation();
            case RECONSIDERATION, DIRECT_SUIT -> false;
        };
    }

    private static void blank(List<FieldProblem> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
        }
    }

    private static void notAfterToday(
            List<FieldProblem> problems, String field, LocalDate day, LocalDate today, boolean required) {
        if (day == null) {
            if (required) {
                problems.add(new FieldProblem(field, "is required"));
            }
        } else if (day.isAfter(today)) {
            problems.add(new FieldProblem(field, "is in the future"));
        }
    }
}
