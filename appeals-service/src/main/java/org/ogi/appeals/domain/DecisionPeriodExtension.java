package org.ogi.appeals.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reconsideration body's extension of its decision period: approved by the head of the reconsideration office
 * for a complex case and told to the parties in writing, at most 30 days (ARL 2023 Art. 62 ¶1; ARL 2017 Art. 31).
 *
 * @param notifiedOn the day the written notice reached the agency
 */
public record DecisionPeriodExtension(Integer days, LocalDate notifiedOn, String reason) {

    public static final int MAX_DAYS = 30;

    public List<FieldProblem> problems(LocalDate filedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (days == null) {
            problems.add(new FieldProblem("days", "is required"));
        } else if (days < 1 || days > MAX_DAYS) {
            problems.add(new FieldProblem("days", "must be 1 to " + MAX_DAYS + " (ARL 2023 Art. 62 ¶1)"));
        }
        if (notifiedOn == null) {
            problems.add(new FieldProblem("notifiedOn", "is required"));
        } else if (notifiedOn.isAfter(today) || notifiedOn.isBefore(filedOn)) {
            problems.add(new FieldProblem("notifiedOn", "is in the future or before the application was filed"));
        }
        return problems;
    }
}
