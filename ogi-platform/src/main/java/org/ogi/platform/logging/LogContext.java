package org.ogi.platform.logging;

/** Keys of the logging context; the console format prints the tracking number of the case being handled. */
public final class LogContext {
    public static final String TRACKING_NUMBER = "trackingNumber";

    private LogContext() {}
}
