package org.ogi.cases.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The applicant withdrew the request. A withdrawn case still counts in annual-report table 三 so that
 * 一 + 二 = （七）总计 + 四 holds; the format names no row for it, so the row is configured (UNCONFIRMED, ogi-rules §7
 * item 5), by default （六）其他处理 3.其他.
 *
 * @param withdrawnOn the day the applicant withdrew, which staff may enter later than that day
 */
public record Withdrawal(LocalDate withdrawnOn, String reason, boolean byApplicant) {

    /** The documented default row for withdrawn cases. */
    public static final ReplyType DEFAULT_OUTCOME = ReplyType.OTHER_OTHER;

    public List<FieldProblem> problems(LocalDate receivedDate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (withdrawnOn == null) {
            problems.add(new FieldProblem("withdrawnOn", "is the day the applicant withdrew"));
        } else if (withdrawnOn.isAfter(today)) {
            problems.add(new FieldProblem("withdrawnOn", "must not be in the future"));
        } else if (receivedDate != null && withdrawnOn.isBefore(receivedDate)) {
            problems.add(
                    new FieldProblem("withdrawnOn", "must not be before the request was received on " + receivedDate));
        }
        if (ReplyContent.blank(reason) && !byApplicant) {
            problems.add(new FieldProblem("reason", "records how the applicant withdrew"));
        }
        return problems;
    }
}
