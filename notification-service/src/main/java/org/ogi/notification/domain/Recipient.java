package org.ogi.notification.domain;

/**
 * Who a notification is for: the applicant of a case (reached through their {@link Contact}), one staff member, or
 * everyone of the agency with a role (the head of the OGI office, legal officers, intake clerks).
 */
public record Recipient(String userId, String role) {

    public static Recipient applicant(String userId) {
        return new Recipient(userId, null);
    }

    public static Recipient staff(String userId) {
        return new Recipient(userId, null);
    }

    public static Recipient role(String role) {
        return new Recipient(null, role);
    }

    /** The key a notification is unique by, with the event, kind and channel: {@code user:x} or {@code role:y}. */
    public String key() {
        return userId != null ? "user:" + userId : "role:" + role;
    }
}
