package org.ogi.contracts;

/**
 * A versioned event type: its CloudEvents type {@code ogi.<aggregate>.<event>.v1}, the topic of its aggregate
 * and the payload record that is its {@code data}.
 */
public record EventType<T>(String type, String topic, Class<T> payloadClass) {

    public EventType {
        if (!type.matches("ogi\\.[a-z]+\\.[a-z-]+\\.v\\d+")) {
            throw new IllegalArgumentException("event type must look like ogi.<aggregate>.<event>.v<n>: " + type);
        }
    }
}
