package org.ogi.law;

import java.util.Optional;

/**
 * The six applicant columns of annual-report table 三 (ogi-rules §3.1), in the table's order: intake records each
 * applicant's category and the events carry its name; 总计 is their sum and has no category. There is no 法人或其他组织
 * subtotal column.
 */
public enum ApplicantCategory {
    NATURAL_PERSON("自然人", null),
    COMMERCIAL_ENTERPRISE("法人或其他组织", "商业企业"),
    RESEARCH_INSTITUTION("法人或其他组织", "科研机构"),
    SOCIAL_WELFARE_ORGANISATION("法人或其他组织", "社会公益组织"),
    LEGAL_SERVICE_INSTITUTION("法人或其他组织", "法律服务机构"),
    OTHER("法人或其他组织", "其他");

    public static final String TOTAL_LABEL = "总计";

    private final String header;
    private final String subheader;

    ApplicantCategory(String header, String subheader) {
        this.header = header;
        this.subheader = subheader;
    }

    /** The level-1 column header. */
    public String header() {
        return header;
    }

    /** The level-2 column header under 法人或其他组织; null for 自然人. */
    public String subheader() {
        return subheader;
    }

    public String label() {
        return subheader == null ? header : subheader;
    }

    /** The category an event names; empty when it is missing or unknown. */
    public static Optional<ApplicantCategory> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (ApplicantCategory category : values()) {
            if (category.name().equals(name)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
