package org.ogi.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UrgencyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void aDueDateIsOverdueTheDayAfterItAndDueSoonWithinTheConfiguredDays() {
        assertThat(Urgency.of(TODAY.minusDays(1), TODAY, 3)).isEqualTo(Urgency.OVERDUE);
        assertThat(Urgency.of(TODAY, TODAY, 3)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(TODAY.plusDays(3), TODAY, 3)).isEqualTo(Urgency.DUE_SOON);
        assertThat(Urgency.of(TODAY.plusDays(4), TODAY, 3)).isEqualTo(Urgency.NONE);
        assertThat(Urgency.of(null, TODAY, 3)).isEqualTo(Urgency.NONE);
    }
}
