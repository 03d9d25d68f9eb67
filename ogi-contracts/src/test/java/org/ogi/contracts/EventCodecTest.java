package org.ogi.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseOpened;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestReceived;

class EventCodecTest {

    private final CaseOpened payload =
            new CaseOpened("A-2026-000001", "A", LocalDate.of(2026, 11, 23), "RECEIVED", "NATURAL_PERSON");

    @Test
    void structuredCloudEventRoundTripsWithItsPayload() {
        CloudEvent event = EventCodec.newEvent(
                Events.CASE_OPENED,
                "/case-service",
                "A-2026-000001",
                payload,
                OffsetDateTime.parse("2026-11-23T10:15:30+08:00"));

        String json = EventCodec.toJson(event);
        CloudEvent read = EventCodec.fromJson(json);

        assertThat(json)
                .contains(
                        "\"specversion\":\"1.0\"",
                        "\"type\":\"ogi.case.opened.v1\"",
                        "\"subject\":\"A-2026-000001\"",
                        "\"receivedDate\":\"2026-11-23\"",
                        "\"time\":\"2026-11-23T10:15:30+08:00\"");
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
        CloudEvent event = EventCodec.newEvent(
                Events.CASE_OPENED, "/case-service", "A-2026-000001", payload, OffsetDateTime.now());

        assertThatThrownBy(() -> event.dataAs(Events.REQUEST_RECEIVED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ogi.request.received.v1");
    }

    @Test
    void theTypeIsReadWithoutTheRestOfTheEvent() {
        CloudEvent event = EventCodec.newEvent(
                Events.CASE_OPENED, "/case-service", "A-2026-000001", payload, OffsetDateTime.now());

        assertThat(EventCodec.typeOf(EventCodec.toJson(event))).isEqualTo("ogi.case.opened.v1");
        // Members before the type are passed over, whatever they hold; what follows it is not read.
        assertThat(EventCodec.typeOf("{\"data\":{\"type\":\"x\",\"a\":[1,{}]},\"type\":\"ogi.case.opened.v1\",\"id\":"))
                .isEqualTo("ogi.case.opened.v1");
        assertThatThrownBy(() -> EventCodec.typeOf("not json")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventCodec.typeOf("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventCodec.typeOf("{\"id\":\"x\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventCodec.typeOf("{\"type\":7}")).isInstanceOf(IllegalArgumentException.class);
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

    /** Events stored before a field was added still decode: the new field is null (false for a flag). */
    @Test
    void eventsStoredBeforeTheirNewFieldsStillDecode() {
        String transition = "{\"trackingNumber\":\"A-2024-000001\",\"agency\":\"A\",\"action\":\"EXTEND\","
                + "\"occurredOn\":\"2024-10-09\"}";
        CaseEvents.Extended extended = EventCodec.fromJson(stored(
                        "ogi.case.extended.v1",
                        "{\"transition\":" + transition
                                + ",\"workingDays\":20,\"reason\":\"volume\",\"approvedBy\":\"head\"}"))
                .dataAs(Events.CASE_EXTENDED);
        assertThat(extended.workingDays()).isEqualTo(20);
        assertThat(extended.applicantToldOn()).isNull();

        CaseEvents.Withdrawn withdrawn = EventCodec.fromJson(stored(
                        "ogi.case.withdrawn.v1", "{\"transition\":" + transition + ",\"reason\":\"no longer needed\"}"))
                .dataAs(Events.CASE_WITHDRAWN);
        assertThat(withdrawn.reason()).isEqualTo("no longer needed");
        assertThat(withdrawn.withdrawnOn()).isNull();
        assertThat(withdrawn.byApplicant()).isFalse();

        CaseEvents.FeeNoticeIssued fee = EventCodec.fromJson(stored(
                        "ogi.case.fee-notice-issued.v1",
                        "{\"transition\":"
                                + transition + ",\"feeId\":\"f1\",\"mode\":\"PER_PAGE\",\"units\":31,\"amount\":10,"
                                + "\"noticeDate\":\"2024-09-02\"}"))
                .dataAs(Events.CASE_FEE_NOTICE_ISSUED);
        assertThat(fee.noticeDate()).isEqualTo(LocalDate.of(2024, 9, 2));
        assertThat(fee.receivedOn()).isNull();

        CaseEvents.Replied replied = EventCodec.fromJson(stored(
                        "ogi.case.replied.v1",
                        "{\"transition\":" + transition + ",\"replyType\":\"DISCLOSED\",\"repliedOn\":\"2024-10-21\"}"))
                .dataAs(Events.CASE_REPLIED);
        assertThat(replied.replyType()).isEqualTo("DISCLOSED");
        assertThat(replied.repeatOf()).isNull();
        assertThat(replied.remediesTold()).isNull();
        assertThat(replied.replyTypeLabel()).isNull();
        assertThat(replied.letterText()).isNull();

        CaseEvents.ConsultationEnded ended = EventCodec.fromJson(stored(
                        "ogi.case.consultation-ended.v1",
                        "{\"transition\":" + transition + ",\"consultationId\":\"c1\",\"outcome\":\"CONSENT\","
                                + "\"answeredOn\":\"2024-05-10\"}"))
                .dataAs(Events.CASE_CONSULTATION_ENDED);
        assertThat(ended.answeredOn()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(ended.answerDueDate()).isNull();
    }

    @Test
    void theNewCaseEventsRoundTrip() {
        CaseTransitioned t = new CaseTransitioned(
                "A-2024-000001",
                "A",
                "RECORD_FEE_NOTICE_RECEIPT",
                "AWAITING_FEE",
                "AWAITING_FEE",
                LocalDate.of(2024, 9, 5),
                OffsetDateTime.parse("2024-09-05T10:00:00+08:00"),
                "u",
                "case-officer");
        assertRoundTrip(
                Events.CASE_FEE_NOTICE_RECEIVED, new CaseEvents.FeeNoticeReceived(t, "f1", LocalDate.of(2024, 9, 5)));
        CaseEvents.FeeNoticeIssued issued = new CaseEvents.FeeNoticeIssued(
                t,
                "f1",
                "PER_REQUEST",
                11,
                BigDecimal.valueOf(100),
                LocalDate.of(2024, 9, 2),
                LocalDate.of(2024, 9, 5));
        assertThat(EventCodec.fromJson(EventCodec.toJson(EventCodec.newEvent(
                                Events.CASE_FEE_NOTICE_ISSUED,
                                "/case-service",
                                "A-2024-000001",
                                issued,
                                OffsetDateTime.now())))
                        .dataAs(Events.CASE_FEE_NOTICE_ISSUED)
                        .receivedOn())
                .isEqualTo(LocalDate.of(2024, 9, 5));
        assertRoundTrip(
                Events.CASE_EXCESSIVE_REQUESTS_DECIDED,
                new CaseEvents.ExcessiveRequestsDecided(
                        t,
                        "LONGER_PERIOD",
                        LocalDate.of(2024, 9, 10),
                        LocalDate.of(2024, 9, 9),
                        "研究需要",
                        LocalDate.of(2024, 12, 31),
                        "head",
                        LocalDate.of(2024, 9, 10)));
        assertRoundTrip(
                Events.CASE_WITHDRAWN,
                new CaseEvents.Withdrawn(t, "不再需要", LocalDate.of(2024, 9, 4), "OTHER_OTHER", "OTHER", true));
        assertRoundTrip(
                Events.CASE_RECORD_CORRECTION_DECIDED,
                new CaseEvents.RecordCorrectionDecided(
                        t, "FORWARDED", LocalDate.of(2024, 9, 20), "登记信息有误", "某局", "010-1", null, "POST"));
    }

    private static <T> void assertRoundTrip(EventType<T> type, T payload) {
        CloudEvent event = EventCodec.newEvent(type, "/case-service", "A-2024-000001", payload, OffsetDateTime.now());
        assertThat(EventCodec.fromJson(EventCodec.toJson(event)).dataAs(type)).isEqualTo(payload);
    }

    private static String stored(String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"e1\",\"source\":\"/case-service\",\"type\":\"" + type
                + "\",\"subject\":\"A-2024-000001\",\"data\":" + data + "}";
    }
}
