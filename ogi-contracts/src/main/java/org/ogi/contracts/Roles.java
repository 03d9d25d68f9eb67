package org.ogi.contracts;

/**
 * Realm roles of the ogi Keycloak realm: the names the services check and the web module shows, here once because
 * both depend on the contracts (web does not depend on ogi-platform).
 */
public final class Roles {
    public static final String APPLICANT = "applicant";
    public static final String INTAKE_CLERK = "intake-clerk";
    public static final String CASE_OFFICER = "case-officer";
    public static final String REVIEWER = "reviewer";
    public static final String SECRECY_REVIEWER = "secrecy-reviewer";
    public static final String OGI_OFFICE_HEAD = "ogi-office-head";
    public static final String LEGAL_OFFICER = "legal-officer";
    public static final String OGI_ADMIN = "ogi-admin";
    /** System-wide administrator of what all agencies share, such as the national calendar; has no agency. */
    public static final String SYSTEM_ADMIN = "system-admin";

    private Roles() {}
}
