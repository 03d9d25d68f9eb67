package org.ogi.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.contracts.v1.Events;

class AppealEventsTest {

    @Test
    void appealEventsAreKnownAndRoundTrip() {
        assertThat(Events.ALL).containsAll(AppealEvents.ALL);
        roundTrip(
                AppealEvents.FILED,
                new AppealEvents.Filed(
                        "A-AP-2024-000001",
                        "A",
                        "RECONSIDERATION",
                        "REPLY",
                        List.of("A-2024-000001"),
                        null,
                        "张三",
                        "某市人民政府",
                        "复2024-1",
                        "SIMPLIFIED",
                        LocalDate.of(2024, 4, 10),
                        LocalDate.of(2024, 4, 15),
                        null,
                        LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 2, 28),
                        LocalDate.of(2024, 3, 20),
                        true,
                        "WITHHELD",
                        null,
                        "legal"));
        roundTrip(
                AppealEvents.DECIDED,
                new AppealEvents.Decided(
                        "A-AP-2024-000001",
                        "A",
                        "RECONSIDERATION",
                        List.of("A-2024-000001"),
                        "REVOKED",
                        "CORRECTED",
                        "DECISION",
                        LocalDate.of(2024, 6, 1),
                        LocalDate.of(2024, 6, 3),
                        "复决2024-1",
                        true,
                        null,
                        15,
                        "legal"));
        roundTrip(
                AppealEvents.DECISION_PERIOD_EXTENDED,
                new AppealEvents.DecisionPeriodExtended(
                        "A-AP-2024-000001", "A", "RECONSIDERATION", 30, LocalDate.of(2024, 6, 20), "案情复杂", "legal"));
        assertThat(AppealEvents.DECISION_PERIOD_EXTENDED.type()).isEqualTo("ogi.appeal.decision-period-extended.v1");
        roundTrip(
                AppealEvents.FILING_CHECKED,
                new AppealEvents.FilingChecked(
                        "A-AP-2024-000001",
                        "A",
                        "ARL_2023_ART_20",
                        LocalDate.of(2024, 3, 1),
                        LocalDate.of(2024, 4, 30),
                        LocalDate.of(2024, 4, 10),
                        true,
                        List.of(),
                        List.of("60 days"),
                        false));
    }

    @Test
    void aReplyStoredBeforeRemediesToldDecodesWithItUnknown() {
        String stored = "{\"specversion\":\"1.0\",\"id\":\"e1\",\"source\":\"/case-service\","
                + "\"type\":\"ogi.case.replied.v1\",\"subject\":\"A-2024-000001\",\"data\":{\"replyType\":"
                + "\"WITHHELD_STATE_SECRET\",\"repliedOn\":\"2024-02-28\"}}";
        assertThat(EventCodec.fromJson(stored).dataAs(Events.CASE_REPLIED).remediesTold())
                .isNull();
        assertThat(EventCodec.fromJson(stored).dataAs(Events.CASE_REPLIED).replyTypeLabel())
                .isNull();
    }

    @Test
    void aRemandReplyClockIsQualifiedByTheAppeal() {
        assertThat(ClockKey.parse("REMAND_REPLY:A-AP-2024-000001").qualifier()).isEqualTo("A-AP-2024-000001");
        assertThatThrownBy(() -> ClockKey.of(ClockKind.REMAND_REPLY)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ClockKey.of(ClockKind.APPEAL_ANSWER).text()).isEqualTo("APPEAL_ANSWER");
    }

    private static <T> void roundTrip(EventType<T> type, T payload) {
        CloudEvent event =
                EventCodec.newEvent(type, "/appeals-service", "A-AP-2024-000001", payload, OffsetDateTime.now());
        assertThat(EventCodec.fromJson(EventCodec.toJson(event)).dataAs(type)).isEqualTo(payload);
    }
}
