package org.ogi.report.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.RepliedBuilder;
import org.ogi.testsupport.TestEvents;

/** A poll's events of one case, applied in one transaction (IdempotentConsumer's batch path). */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BatchConsumptionTest {

    private static final LocalDate RECEIVED = LocalDate.of(2024, 3, 1);
    private static final LocalDate REPLIED = LocalDate.of(2024, 3, 11);

    @Test
    void aCasesEventsSentInOneGoAreAppliedOnceInOrderAndARedeliveredBatchChangesNothing() throws Exception {
        String agency = "RB" + UUID.randomUUID().toString().substring(0, 8);
        String tn = TestEvents.newTrackingNumber(agency);
        CloudEvent opened = opened(tn, agency);
        // Two replies of one day (a remand answered anew): the later one is the case's row (LATEST_IN_YEAR).
        CloudEvent disclosed = replied(tn, agency, "DISCLOSED");
        CloudEvent notHeld = replied(tn, agency, "CANNOT_PROVIDE_NOT_HELD");
        List<CloudEvent> batch = List.of(opened, disclosed, notHeld);

        TestEvents.publishAll(batch);

        await().atMost(TestEvents.FIRST_EFFECT_TIMEOUT)
                .until(() -> TestEvents.consumed("report-service", batch) == batch.size());
        assertThat(outcomeRow(tn)).isEqualTo("CANNOT_PROVIDE_NOT_HELD");
        assertThat(counters(agency)).containsExactly("CANNOT_PROVIDE_NOT_HELD 1");
        assertThat(TestEvents.transactions("report-service", batch)).isLessThan(batch.size());

        // The reply of the first row again (applied again, it would be the row), then a new case after it.
        String later = TestEvents.newTrackingNumber(agency);
        TestEvents.publishAll(List.of(disclosed, opened, opened(later, agency)));

        await().atMost(TestEvents.EFFECT_TIMEOUT).until(() -> counters(agency).size() == 2);
        assertThat(outcomeRow(tn)).isEqualTo("CANNOT_PROVIDE_NOT_HELD");
        assertThat(counters(agency)).containsExactly("CANNOT_PROVIDE_NOT_HELD 1", " 1");
    }

    private static CloudEvent opened(String tn, String agency) {
        return TestEvents.event(Events.CASE_OPENED, tn, TestEvents.caseOpened(tn, agency, RECEIVED));
    }

    private static CloudEvent replied(String tn, String agency, String replyType) {
        CaseTransitioned transition = new CaseTransitioned(
                tn, agency, "REPLY", "APPROVED", "REPLIED", REPLIED, OffsetDateTime.now(), "officer", "case-officer");
        return TestEvents.event(
                Events.CASE_REPLIED,
                tn,
                RepliedBuilder.replied(transition, replyType, REPLIED).build());
    }

    private static String outcomeRow(String trackingNumber) throws Exception {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement =
                        connection.prepareStatement("select outcome_row from case_fact where tracking_number = ?")) {
            statement.setString(1, trackingNumber);
            try (var rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    /** The agency's non-zero counters, as "row count", by row. */
    private static List<String> counters(String agency) throws Exception {
        try (var connection = OgiInfrastructure.openDatabaseConnection();
                var statement = connection.prepareStatement(
                        "select outcome_row, sum(requests) from shape_count"
                                + " where agency = ? group by outcome_row having sum(requests) <> 0 order by outcome_row desc")) {
            statement.setString(1, agency);
            List<String> counters = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    counters.add(rows.getString(1) + " " + rows.getLong(2));
                }
            }
            return counters;
        }
    }
}
