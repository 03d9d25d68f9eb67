package org.ogi.cases.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class FeeScheduleTest {

    /** The worked examples of ogi-rules §1.13. */
    @ParameterizedTest(name = "{0} {1} → {2} 元")
    @CsvSource({
            "PER_REQUEST, 10, 0", "PER_REQUEST, 11, 100", "PER_REQUEST, 30, 100", "PER_REQUEST, 31, 200",
            "PER_REQUEST, 40, 200", "PER_REQUEST, 41, 300", "PER_REQUEST, 51, 400",
            "PER_PAGE, 30, 0", "PER_PAGE, 31, 10", "PER_PAGE, 100, 700", "PER_PAGE, 101, 720", "PER_PAGE, 250, 4700"})
    void feesFollowTheMarginalBrackets(FeeSchedule schedule, int units, long amount) {
        assertThat(schedule.amount(units)).isEqualByComparingTo(BigDecimal.valueOf(amount));
    }
}
