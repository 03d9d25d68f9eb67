package org.ogi.contracts.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * The identity of one clock within a case, as deadline-service publishes it and every consumer looks it up. Its text
 * form is the kind, plus {@code :<qualifier>} for kinds a case can have several of: {@code REPLY},
 * {@code FEE_PAYMENT:F-1}. It travels as that text, so events stored before the key was typed still decode.
 */
public record ClockKey(ClockKind kind, String qualifier) {

    private static final char SEPARATOR = ':';

    public ClockKey {
        Objects.requireNonNull(kind, "kind");
        if (kind.qualified() != (qualifier != null)) {
            throw new IllegalArgumentException(kind
                    + (kind.qualified() ? " needs a qualifier (the consultation or fee id)" : " takes no qualifier"));
        }
        if (qualifier != null && qualifier.isBlank()) {
            throw new IllegalArgumentException(kind + " needs a non-blank qualifier");
        }
    }

    /** The key of a clock a case has at most one of. */
    public static ClockKey of(ClockKind kind) {
        return new ClockKey(kind, null);
    }

    /** The key of one consultation's or fee's clock. */
    public static ClockKey of(ClockKind kind, String qualifier) {
        return new ClockKey(kind, qualifier);
    }

    /** Reads the text form; anything else raises {@link IllegalArgumentException}. */
    @JsonCreator
    public static ClockKey parse(String text) {
        Objects.requireNonNull(text, "text");
        int at = text.indexOf(SEPARATOR);
        ClockKind kind = ClockKind.valueOf(at < 0 ? text : text.substring(0, at));
        return new ClockKey(kind, at < 0 ? null : text.substring(at + 1));
    }

    @JsonValue
    public String text() {
        return qualifier == null ? kind.name() : kind.name() + SEPARATOR + qualifier;
    }

    @Override
    public String toString() {
        return text();
    }
}
