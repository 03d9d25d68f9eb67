package org.ogi.cases.rest;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.ogi.cases.domain.StaffRole;
import org.ogi.cases.service.CaseCommand;
import org.ogi.cases.service.Staff;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;

/** Translates the caller and the concurrency headers of a workflow request. */
final class Staffs {

    private Staffs() {}

    static Staff of(Caller caller) {
        return new Staff(
                caller.staffAgency(),
                caller.userId(),
                caller.userName(),
                Arrays.stream(StaffRole.values())
                        .filter(role -> caller.hasRole(role.tokenName()))
                        .collect(Collectors.toSet()));
    }

    /**
     * @param ifMatch        the case version the client saw, as an entity tag ({@code "3"}, {@code W/"3"} or 3);
     *                       absent or {@code *} skips the check
     * @param idempotencyKey any client-chosen string up to 200 characters
     */
    static CaseCommand command(String trackingNumber, String ifMatch, String idempotencyKey, String comment) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        return new CaseCommand(trackingNumber, version(ifMatch), idempotencyKey, blankToNull(comment));
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("If-Match", "is the case version, e.g. \"3\"");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
