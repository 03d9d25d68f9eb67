package org.ogi.intake.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Art. 41: a citizen, legal person or other organisation 「有证据证明」 that a record about itself provided by the
 * agency is inaccurate may ask for it to be corrected. Such a request names the record, what is wrong and the evidence.
 */
public final class RecordCorrectionRule {

    private RecordCorrectionRule() {}

    /** What the applicant wrote; {@code null} when the request is not an Art. 41 request. */
    public record Asked(String record, String correction, List<String> evidence) {}

    public static List<Violation> check(RequestKind kind, Asked asked) {
        List<Violation> violations = new ArrayList<>();
        if (kind != RequestKind.RECORD_CORRECTION) {
            if (asked != null) {
                violations.add(new Violation(
                        "recordCorrection",
                        "only a RECORD_CORRECTION request (Art. 41) names a" + " record to correct"));
            }
            return violations;
        }
        if (asked == null) {
            violations.add(new Violation(
                    "recordCorrection", "an Art. 41 request names the record, the correction and" + " its evidence"));
            return violations;
        }
        if (blank(asked.record())) {
            violations.add(new Violation("recordCorrection.record", "name the record about the applicant"));
        }
        if (blank(asked.correction())) {
            violations.add(
                    new Violation("recordCorrection.correction", "say what is inaccurate and how it should read"));
        }
        if (asked.evidence() == null || asked.evidence().stream().allMatch(RecordCorrectionRule::blank)) {
            violations.add(new Violation(
                    "recordCorrection.evidence", "Art. 41 requires evidence that the record is inaccurate"));
        }
        return violations;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
