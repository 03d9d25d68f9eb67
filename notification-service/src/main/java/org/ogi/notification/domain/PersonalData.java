package org.ogi.notification.domain;

/** Masks addresses and numbers for staff whose role does not need them (the brief's personal-data rule). */
public final class PersonalData {

    private PersonalData() {}

    /** zhangsan@example.cn → z*******@example.cn; 13800138000 → 138****8000; 北京市东城区… → 北京市******. */
    public static String mask(NotificationChannel channel, String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        return switch (channel) {
            case EMAIL -> {
                int at = value.indexOf('@');
                yield at <= 1
                        ? "***" + value.substring(Math.max(at, 0))
                        : value.charAt(0) + "*".repeat(at - 1) + value.substring(at);
            }
            case SMS ->
                value.length() <= 7
                        ? "*".repeat(value.length())
                        : value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
            case POST ->
                value.codePointCount(0, value.length()) <= 3
                        ? "***"
                        : value.substring(0, value.offsetByCodePoints(0, 3)) + "******";
            case PORTAL -> value;
        };
    }
}
