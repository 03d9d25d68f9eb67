package org.ogi.notification.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One notice to write: its kind, the case, and the facts its templates fill in (dates, periods, amounts, the
 * legal grounds). {@code letterText}: the reply letter as sent, for the reply's PDF (null for other kinds).
 */
public record Notice(
        NotificationKind kind, String trackingNumber, String agency, Map<String, Object> facts, String letterText) {

    public Notice {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static Notice of(NotificationKind kind, String trackingNumber, String agency, Map<String, Object> facts) {
        return new Notice(kind, trackingNumber, agency, facts, null);
    }
}
