package org.ogi.deadline.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.v1.Events;
import org.ogi.deadline.domain.ClockEvent;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

/** {@link Clocks#recordAll}: a poll's clock events at once, with the effects of recording each alone in order. */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RecordAllTest {

    private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Inject
    Clocks clocks;

    @Test
    void eventsRecordedTogetherStoreAndAnnounceWhatEachRecordedAloneDoes() throws Throwable {
        String together = TestEvents.newTrackingNumber("A");
        String alone = TestEvents.newTrackingNumber("A");
        String other = TestEvents.newTrackingNumber("B");
        // Received, then a correction asked for and made: the reply clock is scheduled, then moved twice.
        List<ClockEvent> events = List.of(
                new ClockEvent.Received(RECEIVED, false),
                new ClockEvent.CorrectionRequested(RECEIVED.plusDays(3), 15),
                new ClockEvent.Corrected(RECEIVED.plusDays(10)));

        // Another case's event among them, as a poll mixes keys.
        List<Clocks.Recording> poll = List.of(
                recording(together, "A", events.get(0)),
                recording(other, "B", new ClockEvent.Received(RECEIVED, false)),
                recording(together, "A", events.get(1)),
                recording(together, "A", events.get(2)));
        inTransaction(() -> clocks.recordAll(poll));
        for (ClockEvent event : events) {
            Clocks.Recording one = recording(alone, "A", event);
            inTransaction(() -> clocks.record(one.source(), alone, "A", event));
        }

        assertThat(announced(together))
                .isEqualTo(announced(alone))
                .anySatisfy(event -> assertThat(event).startsWith("ogi.deadline.changed.v1"));
        assertThat(clocksOf(together)).isEqualTo(clocksOf(alone)).isNotEmpty();
        assertThat(eventsLogged(together)).containsExactly("RECEIVED", "CORRECTION_REQUESTED", "CORRECTED");
        assertThat(eventsLogged(other)).containsExactly("RECEIVED");
        assertThat(announced(other))
                .hasSize(clocksOf(other).size())
                .allSatisfy(event -> assertThat(event).startsWith("ogi.deadline.scheduled.v1"));
    }

    private static Clocks.Recording recording(String trackingNumber, String agency, ClockEvent event) {
        CloudEvent source = TestEvents.event(
                Events.REQUEST_RECEIVED, trackingNumber, TestEvents.requestReceived(trackingNumber, agency, RECEIVED));
        return new Clocks.Recording(source, trackingNumber, agency, event);
    }

    /** The case's announced events in order: type, clock, due date (and the date it moved from), reason. */
    private static List<String> announced(String trackingNumber) throws Exception {
        return rows("""
                select concat_ws(' ', event_type, p -> 'data' ->> 'clock', p -> 'data' ->> 'oldDueDate',
                                 coalesce(p -> 'data' ->> 'dueDate', p -> 'data' ->> 'newDueDate'), p -> 'data' ->> 'reason')
                from (select id, event_type, cast(payload as jsonb) as p from outbox_message where message_key = ?) m
                order by id""", trackingNumber);
    }

    /** Every column of the case's clocks but the tracking number. */
    private static List<String> clocksOf(String trackingNumber) throws Exception {
        return rows("""
                select concat_ws(' ', clock, kind, agency, start_date, working_days, due_date, provisional, regime, state,
                                 met_on, approaching_alerted, breached_alerted)
                from deadline_clock where tracking_number = ? order by clock""", trackingNumber);
    }

    private static List<String> eventsLogged(String trackingNumber) throws Exception {
        return rows("select kind from clock_event where tracking_number = ? order by id", trackingNumber);
    }

    private static List<String> rows(String sql, String trackingNumber) throws Exception {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, trackingNumber);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    private static <T> T inTransaction(Supplier<Uni<T>> work) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(work));
    }
}
