package org.ogi.notification.domain;

/**
 * Who a notification is for: the applicant of a case (reached through their {@link Contact}), one staff member, or
 * everyone of the agency with a role (the head of the OGI office, legal officers, intake clerks).
 */
public record Recipient(String userId, String role, String mailbox) {

    public Recipient(String userId, String role) {
        this(userId, role, null);
    }

    public static Recipient applicant(String userId) {
        return new Recipient(userId, null);
    }

    public static Recipient staff(String userId) {
        return new Recipient(userId, null);
    }

    public static Recipient role(String role) {
        return new Recipient(null, role);
    }

    /** The OGI office mailbox of an agency (staff notices by e-mail). */
    public static Recipient mailbox(String agency) {
        return new Recipient(null, null, agency);
    }

    /**
     * The key a notification is unique by, with the event, kind and channel: {@code user:x}, {@code role:y} or
     * {@code mailbox:agency}.
     */
    public String key() {
        return userId != null ? "user:" + userId : role != null ? "role:" + role : "mailbox:" + mailbox;
    }
}
