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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ogi.deadline.domain.ClockEvent;

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

    public Uni<Void> append(
            String trackingNumber, String agency, ClockEvent event, String sourceEventId, OffsetDateTime recordedAt) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery("""
                        insert into clock_event (tracking_number, agency, kind, occurred_on, recorded_at, source_event_id,
                                                 payload)
                        values (:trackingNumber, :agency, :kind, :occurredOn, :recordedAt, :sourceEventId, :payload)""")
                        .setParameter("trackingNumber", trackingNumber)
                        .setParameter("agency", agency)
                        .setParameter("kind", kindOf(event))
                        .setParameter("occurredOn", event.occurredOn())
                        .setParameter("recordedAt", recordedAt)
                        .setParameter("sourceEventId", sourceEventId)
                        .setParameter("payload", payload)
                        .executeUpdate())
                .replaceWithVoid();
    }

    /**
     * Empty if the case has no clock events. HQL, not native SQL: Hibernate caches its plan once, whereas every run
     * of a native select adds a plan-cache entry (see intake's TrackingNumbers), and this runs for every event.
     */
    public Uni<Optional<CaseLog>> load(String trackingNumber) {
        return Panache.getSession()
                .chain(session -> session.createSelectionQuery("""
                        select agency, kind, occurredOn, payload from ClockEventRow
                        where trackingNumber = :trackingNumber order by id""", Object[].class)
                        .setParameter("trackingNumber", trackingNumber)
                        .getResultList())
                .map(rows -> rows.isEmpty()
                        ? Optional.empty()
                        : Optional.of(new CaseLog(
                                (String) rows.get(0)[0],
                                rows.stream()
                                        .map(row -> event((String) row[1], (LocalDate) row[2], (String) row[3]))
                                        .toList())));
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
