package org.ogi.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.Events;

class ClockKeyTest {

    @Test
    void textFormRoundTrips() {
        assertThat(ClockKey.of(ClockKind.REPLY).text()).isEqualTo("REPLY");
        assertThat(ClockKey.of(ClockKind.FEE_PAYMENT, "F-1").text()).isEqualTo("FEE_PAYMENT:F-1");
        assertThat(ClockKey.parse("FEE_PAYMENT:F-1")).isEqualTo(ClockKey.of(ClockKind.FEE_PAYMENT, "F-1"));
        assertThat(ClockKey.parse("THIRD_PARTY_ANSWER:c:1").qualifier()).isEqualTo("c:1");
        assertThat(ClockKey.parse("REPLY")).isEqualTo(ClockKey.of(ClockKind.REPLY));
    }

    @Test
    void theFeeClockIsOfKindFeePaymentWhateverItsFee() {
        // Issue 10 item 1: case-service looked up "FEE_PAYMENT" while the clock was published as FEE_PAYMENT:<feeId>.
        assertThat(ClockKey.parse("FEE_PAYMENT:2024-F-7").kind()).isEqualTo(ClockKind.FEE_PAYMENT);
    }

    @Test
    void aKeyMustMatchItsKind() {
        assertThatThrownBy(() -> ClockKey.parse("FEE_PAYMENT")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClockKey.parse("REPLY:1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClockKey.parse("FEE_PAYMENT: ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClockKey.parse("PAYMENT:1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void travelsAsItsTextSoStoredEventsStillDecode() {
        DeadlineScheduled scheduled = new DeadlineScheduled(
                "A-2024-000001",
                "A",
                ClockKey.of(ClockKind.FEE_PAYMENT, "F-1"),
                LocalDate.of(2024, 9, 5),
                20,
                LocalDate.of(2024, 10, 10),
                false,
                "OGI_2019");
        String json = EventCodec.toJson(EventCodec.newEvent(
                Events.DEADLINE_SCHEDULED,
                "/deadline-service",
                "A-2024-000001",
                scheduled,
                OffsetDateTime.parse("2024-09-05T10:00:00+08:00")));

        assertThat(json).contains("\"clock\":\"FEE_PAYMENT:F-1\"");
        assertThat(EventCodec.fromJson(json).dataAs(Events.DEADLINE_SCHEDULED)).isEqualTo(scheduled);
    }
}
