package org.ogi.contracts;

import org.junit.jupiter.api.Test;
import org.ogi.contracts.v1.CaseOpened;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestReceived;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    private final CaseOpened payload = new CaseOpened("A-2026-000001", "A", LocalDate.of(2026, 11, 23),
            "RECEIVED", "NATURAL_PERSON");

    @Test
    void structuredCloudEventRoundTripsWithItsPayload() {
        CloudEvent event = EventCodec.newEvent(Events.CASE_OPENED, "/case-service", "A-2026-000001", payload,
                OffsetDateTime.parse("2026-11-23T10:15:30+08:00"));

        String json = EventCodec.toJson(event);
        CloudEvent read = EventCodec.fromJson(json);

        assertThat(json).contains("\"specversion\":\"1.0\"", "\"type\":\"ogi.case.opened.v1\"",
                "\"subject\":\"A-2026-000001\"", "\"receivedDate\":\"2026-11-23\"", "\"time\":\"2026-11-23T10:15:30+08:00\"");
        assertThat(read.id()).isEqualTo(event.id());
        assertThat(read.dataAs(Events.CASE_OPENED)).isEqualTo(payload);
    }

    @Test
    void aRequestReceivedStoredBeforeTheLaterFieldsStillDecodes() {
        String stored = """
                {"specversion":"1.0","id":"e-1","source":"/intake-service","type":"ogi.request.received.v1",
                 "subject":"A-2024-000001","time":"2024-09-27T10:00:00+08:00","datacontenttype":"application/json",
                 "data":{"trackingNumber":"A-2024-000001","agency":"A","channel":"IN_PERSON",
                         "receivedDate":"2024-09-27","registeredAt":"2024-09-27T10:00:00+08:00",
                         "missingContents":[],"flags":[],"possibleRepeatOf":[]}}""";

        RequestReceived read = EventCodec.fromJson(stored).dataAs(Events.REQUEST_RECEIVED);

        assertThat(read.receivedDate()).isEqualTo(LocalDate.of(2024, 9, 27));
        assertThat(read.agencyName()).isNull();
        assertThat(read.kind()).isNull();
        assertThat(read.recordCorrection()).isNull();
        assertThat(read.applicantRequestsInMonth()).isNull();
    }

    @Test
    void readingThePayloadAsAnotherTypeIsRefused() {
        CloudEvent event = EventCodec.newEvent(Events.CASE_OPENED, "/case-service", "A-2026-000001", payload,
                OffsetDateTime.now());

        assertThatThrownBy(() -> event.dataAs(Events.REQUEST_RECEIVED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ogi.request.received.v1");
    }

    @Test
    void malformedInputIsNotACloudEvent() {
        assertThatThrownBy(() -> EventCodec.fromJson("{\"id\":\"x\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventCodec.fromJson("not json")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventTypesFollowTheNamingConvention() {
        assertThatThrownBy(() -> new EventType<>("case.opened", Topics.CASES, CaseOpened.class))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyEventTypeIsUniqueAndOnItsAggregatesTopic() {
        assertThat(Events.ALL).extracting(EventType::type).doesNotHaveDuplicates();
        for (EventType<?> type : Events.ALL) {
            String aggregate = type.type().split("\\.")[1];
            assertThat(type.topic()).as(type.type()).isEqualTo("ogi." + aggregate + "s");
            assertThat(Events.byType(type.type())).contains(type);
        }
    }
}
