package org.ogi.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyRequestCountTest {

    private static final MonthlyRequestCount.Known THIS =
            new MonthlyRequestCount.Known("A-2024-000011", "RESIDENT_ID:X", "张三|138", LocalDate.of(2024, 9, 27));

    @Test
    void countsTheSameApplicantsRequestsReceivedInTheCalendarMonthThisOneIncluded() {
        // Fee measures Art. 4 「一个自然月内累计申请」: by identity document or by name and phone.
        List<MonthlyRequestCount.Known> others = List.of(
                new MonthlyRequestCount.Known("A-2024-000001", "RESIDENT_ID:X", null, LocalDate.of(2024, 9, 1)),
                new MonthlyRequestCount.Known("A-2024-000002", null, "张三|138", LocalDate.of(2024, 9, 30)),
                new MonthlyRequestCount.Known("A-2024-000003", "RESIDENT_ID:X", null, LocalDate.of(2024, 8, 31)),
                new MonthlyRequestCount.Known("A-2024-000004", "RESIDENT_ID:Y", "李四|139", LocalDate.of(2024, 9, 5)),
                new MonthlyRequestCount.Known("A-2024-000011", "RESIDENT_ID:X", null, LocalDate.of(2024, 9, 27)));

        assertThat(MonthlyRequestCount.of(THIS, others)).isEqualTo(3);
        assertThat(MonthlyRequestCount.of(THIS, List.of())).isEqualTo(1);
    }

    @Test
    void anApplicantWithoutKeysCountsOnlyThisRequest() {
        MonthlyRequestCount.Known anonymous =
                new MonthlyRequestCount.Known("A-2024-000012", null, null, LocalDate.of(2024, 9, 27));

        assertThat(MonthlyRequestCount.of(
                        anonymous,
                        List.of(new MonthlyRequestCount.Known("A-2024-000013", null, null, LocalDate.of(2024, 9, 27)))))
                .isEqualTo(1);
    }
}
