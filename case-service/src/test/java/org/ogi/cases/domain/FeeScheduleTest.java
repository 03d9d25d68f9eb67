package org.ogi.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeScheduleTest {

    /** The worked examples of ogi-rules §1.13. */
    @ParameterizedTest(name = "{0} {1} → {2} 元")
    @CsvSource({
        "PER_REQUEST, 10, 0",
        "PER_REQUEST, 11, 100",
        "PER_REQUEST, 30, 100",
        "PER_REQUEST, 31, 200",
        "PER_REQUEST, 40, 200",
        "PER_REQUEST, 41, 300",
        "PER_REQUEST, 51, 400",
        "PER_PAGE, 30, 0",
        "PER_PAGE, 31, 10",
        "PER_PAGE, 100, 700",
        "PER_PAGE, 101, 720",
        "PER_PAGE, 250, 4700"
    })
    void feesFollowTheMarginalBrackets(FeeSchedule schedule, int units, long amount) {
        assertThat(schedule.amount(units)).isEqualByComparingTo(BigDecimal.valueOf(amount));
    }

    /** Issue 10 item 20: per request, the units are intake's count of the applicant's requests in the month. */
    @Test
    void perRequestUnitsComeFromIntakesMonthlyCount() {
        assertThat(FeeSchedule.PER_REQUEST.unitsProblem(null, 11)).isEmpty();
        assertThat(FeeSchedule.PER_REQUEST.units(null, 11)).isEqualTo(11);
        assertThat(FeeSchedule.PER_REQUEST.unitsProblem(null, null))
                .get()
                .extracting(FieldProblem::field)
                .isEqualTo("mode");
        assertThat(FeeSchedule.PER_REQUEST.unitsProblem(40, 11))
                .get()
                .extracting(FieldProblem::field)
                .isEqualTo("pages");
        assertThat(FeeSchedule.PER_PAGE.unitsProblem(250, 3)).isEmpty();
        assertThat(FeeSchedule.PER_PAGE.units(250, 3)).isEqualTo(250);
        assertThat(FeeSchedule.PER_PAGE.unitsProblem(null, 3))
                .get()
                .extracting(FieldProblem::field)
                .isEqualTo("pages");
    }
}
