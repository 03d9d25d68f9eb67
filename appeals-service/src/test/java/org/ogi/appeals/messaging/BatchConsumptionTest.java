package org.ogi.appeals.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.contracts.v1.DeadlineEvents;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

/** A poll's events of one case, applied in one transaction (IdempotentConsumer's batch path). */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BatchConsumptionTest {

    private static final ClockKey REPLY = ClockKey.of(ClockKind.REPLY);

    @Test
    void aCasesDueDatesSentInOneGoAreAppliedOnceInOrderAndARedeliveredBatchChangesNothing() throws Exception {
        String tn = TestEvents.newTrackingNumber("A");
        CloudEvent scheduled = scheduled(tn, LocalDate.of(2026, 12, 21));
        CloudEvent extended = changed(tn, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 19));
        CloudEvent moved = changed(tn, LocalDate.of(2027, 1, 19), LocalDate.of(2027, 1, 20));
        List<CloudEvent> batch = List.of(scheduled, extended, moved);

        TestEvents.publishAll(batch);

        await().atMost(TestEvents.FIRST_EFFECT_TIMEOUT)
                .until(() -> TestEvents.consumed("appeals-service", batch) == batch.size());
        assertThat(replyDue(tn)).isEqualTo("2027-01-20");
        assertThat(TestEvents.transactions("appeals-service", batch)).isLessThan(batch.size());

        // The same events again, the last first (applied again, the first date would win), then a new one after them.
        String later = TestEvents.newTrackingNumber("A");
        CloudEvent marker = scheduled(later, LocalDate.of(2027, 2, 1));
        TestEvents.publishAll(List.of(moved, extended, scheduled, marker));

        await().atMost(TestEvents.EFFECT_TIMEOUT).until(() -> "2027-02-01".equals(replyDue(later)));
        assertThat(replyDue(tn)).isEqualTo("2027-01-20");
        assertThat(TestEvents.consumed("appeals-service", batch)).isEqualTo(3);
    }

    private static CloudEvent scheduled(String tn, LocalDate due) {
        return TestEvents.event(
                Events.DEADLINE_SCHEDULED,
                tn,
                new DeadlineScheduled(tn, "A", REPLY, LocalDate.of(2026, 11, 23), 20, due, false, "OGI_2019"));
    }

    private static CloudEvent changed(String tn, LocalDate from, LocalDate to) {
        return TestEvents.event(
                Events.DEADLINE_CHANGED, tn, new DeadlineEvents.Changed(tn, "A", REPLY, from, to, "EXTENDED", false));
    }

    private static String replyDue(String trackingNumber) throws Exception {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement = connection.prepareStatement(
                        "select reply_due_date from appealable_case where tracking_number = ?")) {
            statement.setString(1, trackingNumber);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
