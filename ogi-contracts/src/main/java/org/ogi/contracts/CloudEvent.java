package org.ogi.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A CloudEvents 1.0 event in structured JSON mode: the Kafka record value is this object, the record key is
 * {@link #subject()}, the case's tracking number.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CloudEvent(
        String specversion,
        String id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";
    /** Kafka content-type header value for structured-mode CloudEvents. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    public CloudEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
    }

    /** The payload as its v1 contract type; fails if the event is of another type. */
    public <T> T dataAs(EventType<T> expected) {
        if (!expected.type().equals(type)) {
            throw new IllegalArgumentException("expected " + expected.type() + " but event " + id + " is " + type);
        }
        return EventCodec.convert(data, expected.payloadClass());
    }

    public boolean is(EventType<?> candidate) {
        return candidate.type().equals(type);
    }
}
