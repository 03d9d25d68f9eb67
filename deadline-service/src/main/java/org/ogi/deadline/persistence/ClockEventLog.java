package org.ogi.deadline.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ogi.deadline.domain.ClockEvent;
import org.ogi.platform.persistence.MultiRowInsert;

/** The append-only list of a case's clock events ({@code clock_event}); each event's facts are kept as JSON. */
@ApplicationScoped
public class ClockEventLog {

    private static final Map<String, Class<?>> TYPES = Arrays.stream(ClockEvent.class.getPermittedSubclasses())
            .collect(Collectors.toUnmodifiableMap(ClockEventLog::kindName, Function.identity()));

    private final ObjectMapper json;

    ClockEventLog(ObjectMapper json) {
        this.json = json;
    }

    /** The clock events of a case and the agency handling it. */
    public record CaseLog(String agency, List<ClockEvent> events) {

        /** The log of a case after {@code event}: its first event names the agency. */
        public static CaseLog after(Optional<CaseLog> earlier, String agency, ClockEvent event) {
            List<ClockEvent> events = new ArrayList<>();
            earlier.ifPresent(log -> events.addAll(log.events()));
            events.add(event);
            return new CaseLog(earlier.map(CaseLog::agency).orElse(agency), events);
        }
    }

    /** The stored kind of an event, e.g. CORRECTION_REQUESTED. */
    public static String kindOf(ClockEvent event) {
        return kindName(event.getClass());
    }

    /** A clock event to append to a case's log, and the event it came from. */
    public record Appended(String trackingNumber, String agency, ClockEvent event, String sourceEventId) {}

    private record Row(Appended appended, String payload, OffsetDateTime recordedAt) {}

    private static final MultiRowInsert<Row> INSERT = MultiRowInsert.<Row>into("clock_event")
            .set("tracking_number", r -> r.appended().trackingNumber())
            .set("agency", r -> r.appended().agency())
            .set("kind", r -> kindOf(r.appended().event()))
            .set("occurred_on", r -> r.appended().event().occurredOn())
            .set("recorded_at", Row::recordedAt)
            .set("source_event_id", r -> r.appended().sourceEventId())
            .set("payload", Row::payload);

    /** Appends the events in their order (ids ascend with it, which {@link #load} orders by) with one statement. */
    public Uni<Void> appendAll(List<Appended> events, OffsetDateTime recordedAt) {
        List<Row> rows = new ArrayList<>(events.size());
        for (Appended appended : events) {
            try {
                rows.add(new Row(appended, json.writeValueAsString(appended.event()), recordedAt));
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(e);
            }
        }
        return Panache.getSession()
                .chain(session -> INSERT.execute(session, rows))
                .replaceWithVoid();
    }

    /** Empty if the case has no clock events. */
    public Uni<Optional<CaseLog>> load(String trackingNumber) {
        return loadAll(List.of(trackingNumber)).map(logs -> Optional.ofNullable(logs.get(trackingNumber)));
    }

    /**
     * The logs of those of the cases that have clock events, by tracking number; one query. HQL, not native SQL:
     * Hibernate caches its plan once, whereas every run of a native select adds a plan-cache entry (see intake's
     * TrackingNumbers), and this runs for every poll.
     */
    public Uni<Map<String, CaseLog>> loadAll(Collection<String> trackingNumbers) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery("""
                        select trackingNumber, agency, kind, occurredOn, payload from ClockEventRow
                        where trackingNumber in :trackingNumbers order by id""", Object[].class)
                        .setParameter("trackingNumbers", trackingNumbers)
                        .getResultList())
                .map(rows -> {
                    Map<String, CaseLog> logs = new HashMap<>();
                    for (Object[] row : rows) {
                        ClockEvent event = event((String) row[2], (LocalDate) row[3], (String) row[4]);
                        logs.computeIfAbsent((String) row[0], tn -> new CaseLog((String) row[1], new ArrayList<>()))
                                .events()
                                .add(event);
                    }
                    return logs;
                });
    }

    private ClockEvent event(String kind, LocalDate occurredOn, String payload) {
        if (payload == null) {
            // Rows written before clock events kept their facts are all RECEIVED events.
            return new ClockEvent.Received(occurredOn, false);
        }
        Class<?> type = TYPES.get(kind);
        if (type == null) {
            throw new IllegalStateException("unknown clock event kind " + kind);
        }
        try {
            return (ClockEvent) json.readerFor(type)
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable clock event " + kind, e);
        }
    }

    private static String kindName(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase();
    }
}
