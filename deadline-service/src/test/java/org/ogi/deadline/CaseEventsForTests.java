package org.ogi.deadline;

import java.time.LocalDate;
import java.util.function.Function;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.EventType;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.Events;
import org.ogi.testsupport.TestEvents;

/** Publishes requests and case-workflow events the way intake- and case-service do. */
public final class CaseEventsForTests {

    private CaseEventsForTests() {}

    public static String receive(String agency, LocalDate receivedDate) {
        String trackingNumber = TestEvents.newTrackingNumber(agency);
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED,
                trackingNumber,
                TestEvents.requestReceived(trackingNumber, agency, receivedDate)));
        return trackingNumber;
    }

    public static <T> void publish(
            EventType<T> type,
            String trackingNumber,
            String agency,
            LocalDate occurredOn,
            Function<CaseTransitioned, T> payload) {
        CaseTransitioned transition = new CaseTransitioned(
                trackingNumber,
                agency,
                type.type(),
                null,
                null,
                occurredOn,
                occurredOn.atTime(10, 0).atZone(EventCodec.ZONE).toOffsetDateTime(),
                "officer",
                "case-officer");
        TestEvents.publish(TestEvents.event(type, trackingNumber, payload.apply(transition)));
    }
}
