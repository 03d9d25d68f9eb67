package org.ogi.web.pages;

/** The realm roles, as the services name them (ogi-platform's Roles, which this module does not depend on). */
public final class Roles {

    public static final String APPLICANT = "applicant";
    public static final String INTAKE_CLERK = "intake-clerk";
    public static final String CASE_OFFICER = "case-officer";
    public static final String REVIEWER = "reviewer";
    public static final String SECRECY_REVIEWER = "secrecy-reviewer";
    public static final String OGI_OFFICE_HEAD = "ogi-office-head";
    public static final String LEGAL_OFFICER = "legal-officer";
    public static final String OGI_ADMIN = "ogi-admin";
    public static final String SYSTEM_ADMIN = "system-admin";

    private Roles() {}
}
