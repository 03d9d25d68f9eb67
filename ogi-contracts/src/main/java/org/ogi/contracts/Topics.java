package org.ogi.contracts;

/** One Kafka topic per aggregate; records are keyed by the case's tracking number. */
public final class Topics {
    public static final String REQUESTS = "ogi.requests";
    public static final String CASES = "ogi.cases";
    public static final String DEADLINES = "ogi.deadlines";
    public static final String APPEALS = "ogi.appeals";
    public static final String NOTIFICATIONS = "ogi.notifications";

    private Topics() {}
}
