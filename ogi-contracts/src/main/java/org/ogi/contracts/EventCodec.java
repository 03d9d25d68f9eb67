package org.ogi.contracts;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** Writes and reads the wire form of events; the one place that knows how events are serialised. */
public final class EventCodec {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    private EventCodec() {}

    public static <T> CloudEvent newEvent(
            EventType<T> type, String source, String subject, T payload, OffsetDateTime time) {
        return new CloudEvent(
                CloudEvent.SPEC_VERSION,
                UUID.randomUUID().toString(),
                source,
                type.type(),
                subject,
                time,
                CloudEvent.JSON,
                MAPPER.valueToTree(payload));
    }

    public static String toJson(CloudEvent event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a structured-mode CloudEvent; malformed input raises {@link IllegalArgumentException}. */
    public static CloudEvent fromJson(String json) {
        try {
            CloudEvent event = MAPPER.readValue(json, CloudEvent.class);
            if (!CloudEvent.SPEC_VERSION.equals(event.specversion())) {
                throw new IllegalArgumentException("unsupported CloudEvents specversion " + event.specversion());
            }
            return event;
        } catch (JsonProcessingException | NullPointerException e) {
            throw new IllegalArgumentException("not a CloudEvent: " + e.getMessage(), e);
        }
    }

    /**
     * The type of a structured-mode event, read only as far as its {@code type} member (which this codec writes
     * before the data), so a consumer passes over the events it does not handle without parsing them. Input that is
     * no JSON object with a string {@code type} raises {@link IllegalArgumentException}.
     */
    public static String typeOf(String json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not a CloudEvent: not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                    return parser.getText();
                }
                parser.skipChildren();
            }
            throw new IllegalArgumentException("not a CloudEvent: no type");
        } catch (IOException e) {
            throw new IllegalArgumentException("not a CloudEvent: " + e.getMessage(), e);
        }
    }

    static <T> T convert(JsonNode data, Class<T> type) {
        try {
            return MAPPER.treeToValue(data, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not a valid " + type.getSimpleName(), e);
        }
    }
}
