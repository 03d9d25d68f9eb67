package org.ogi.deadline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** Properties over random dates, each repetition with its own fixed seed so failures reproduce. */
class WorkingDayCalendarPropertiesTest {

    private static final long SEED = 20240927L;
    private static final List<CalendarYear> OFFICIAL_YEARS = CalendarFile.loadOfficial();
    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.of(OFFICIAL_YEARS);
    private static final NaiveCalendar NAIVE = new NaiveCalendar(OFFICIAL_YEARS);

    private static Random random(RepetitionInfo repetition) {
        return new Random(SEED * 31 + repetition.getCurrentRepetition());
    }

    private static LocalDate randomDate(Random random, int fromYear, int toYear) {
        long from = LocalDate.of(fromYear, 1, 1).toEpochDay();
        long to = LocalDate.of(toYear, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(from + (long) (random.nextDouble() * (to - from + 1)));
    }

    @RepeatedTest(300)
    void addWorkingDaysEndsOnAWorkingDayExactlyNWorkingDaysLater(RepetitionInfo repetition) {
        Random random = random(repetition);
        LocalDate start = randomDate(random, 2016, 2026);
        int n = 1 + random.nextInt(200);

        LocalDate end = CALENDAR.addWorkingDays(start, n).date();

        assertThat(CALENDAR.isWorkingDay(end)).as("start %s n %d", start, n).isTrue();
        assertThat(CALENDAR.workingDaysBetween(start, end))
                .as("start %s n %d", start, n)
                .isEqualTo(n);
        assertThat(CALENDAR.workingDaysBetween(start, end.minusDays(1)))
                .as("start %s n %d", start, n)
                .isEqualTo(n - 1);
    }

    @RepeatedTest(300)
    void largerNNeverGivesAnEarlierDate(RepetitionInfo repetition) {
        Random random = random(repetition);
        LocalDate start = randomDate(random, 2016, 2026);
        int n = random.nextInt(201);
        int m = n + random.nextInt(201 - n);

        LocalDate shorter = CALENDAR.addWorkingDays(start, n).date();
        LocalDate longer = CALENDAR.addWorkingDays(start, m).date();

        assertThat(longer).as("start %s n %d m %d", start, n, m).isAfterOrEqualTo(shorter);
        if (m > n) {
            assertThat(longer).as("start %s n %d m %d", start, n, m).isAfter(shorter);
        }
    }

    @RepeatedTest(300)
    void indexedCalendarAgreesWithDayByDayReference(RepetitionInfo repetition) {
        Random random = random(repetition);
        LocalDate start = randomDate(random, 2016, 2026);
        LocalDate other = randomDate(random, 2016, 2026);
        int n = random.nextInt(201);

        assertThat(CALENDAR.isWorkingDay(start)).as("%s", start).isEqualTo(NAIVE.isWorkingDay(start));
        assertThat(CALENDAR.addWorkingDays(start, n))
                .as("start %s n %d", start, n)
                .isEqualTo(NAIVE.addWorkingDays(start, n));
        assertThat(CALENDAR.rollForward(start)).as("%s", start).isEqualTo(NAIVE.rollForward(start));
        assertThat(CALENDAR.addCalendarDays(start, n))
                .as("start %s n %d", start, n)
                .isEqualTo(NAIVE.rollForward(start.plusDays(n)));
        LocalDate from = start.isBefore(other) ? start : other;
        LocalDate to = start.isBefore(other) ? other : start;
        assertThat(CALENDAR.workingDaysBetween(from, to))
                .as("%s..%s", from, to)
                .isEqualTo(NAIVE.workingDaysBetween(from, to));
        assertThat(CALENDAR.workingDaysBetween(to, from))
                .as("%s..%s reversed", from, to)
                .isEqualTo(-NAIVE.workingDaysBetween(from, to));
    }

    @RepeatedTest(100)
    void indexedCalendarAgreesWithReferenceFrom1990To2100ForNUpTo10000(RepetitionInfo repetition) {
        Random random = random(repetition);
        LocalDate start = randomDate(random, 1990, 2100);
        int n = random.nextInt(10_001);

        assertThat(CALENDAR.addWorkingDays(start, n))
                .as("start %s n %d", start, n)
                .isEqualTo(NAIVE.addWorkingDays(start, n));
        LocalDate end = CALENDAR.addWorkingDays(start, n).date();
        assertThat(CALENDAR.workingDaysBetween(start, end))
                .as("start %s n %d", start, n)
                .isEqualTo(n);
        assertThat(CALENDAR.rollForward(start)).as("%s", start).isEqualTo(NAIVE.rollForward(start));
    }

    @RepeatedTest(100)
    void calendarWithMissingYearsAgreesWithReferenceAndFlagsTheGaps(RepetitionInfo repetition) {
        Random random = random(repetition);
        List<CalendarYear> some = new ArrayList<>();
        for (CalendarYear year : OFFICIAL_YEARS) {
            if (random.nextBoolean()) {
                some.add(year);
            }
        }
        WorkingDayCalendar partial = WorkingDayCalendar.of(some);
        NaiveCalendar naive = new NaiveCalendar(some);
        LocalDate start = randomDate(random, 2014, 2028);
        int n = random.nextInt(601);

        assertThat(partial.addWorkingDays(start, n))
                .as("years %s start %s n %d", partial.years(), start, n)
                .isEqualTo(naive.addWorkingDays(start, n));
        assertThat(partial.rollForward(start))
                .as("years %s start %s", partial.years(), start)
                .isEqualTo(naive.rollForward(start));
    }

    @RepeatedTest(100)
    void dateIn2027OrLaterIsProvisionalAndIn2024IsNot(RepetitionInfo repetition) {
        Random random = random(repetition);
        LocalDate in2024 = randomDate(random, 2024, 2024);
        LocalDate after = randomDate(random, 2027, 2100);
        int n = random.nextInt(201);

        assertThat(CALENDAR.rollForward(after).provisional()).as("%s", after).isTrue();
        assertThat(CALENDAR.addCalendarDays(after, n).provisional())
                .as("%s + %d", after, n)
                .isTrue();
        assertThat(CALENDAR.addWorkingDays(after, n + 1).provisional())
                .as("%s + %d wd", after, n + 1)
                .isTrue();
        assertThat(CALENDAR.rollForward(in2024).provisional()).as("%s", in2024).isFalse();
        LocalDate within2024 = CALENDAR.addWorkingDays(in2024, n).date();
        assertThat(CALENDAR.addWorkingDays(in2024, n).provisional())
                .as("%s + %d wd", in2024, n)
                .isEqualTo(within2024.getYear() > 2026);
    }

    @Test
    void queriesUseTheIndexNotADayByDayWalk() {
        // 200,000 queries of up to 10,000 working days would take minutes day by day.
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            long sum = 0;
            for (int i = 0; i < 200_000; i++) {
                LocalDate start = randomDate(random, 1990, 2100);
                sum += CALENDAR.addWorkingDays(start, 5_000 + random.nextInt(5_001))
                        .date()
                        .toEpochDay();
                sum += CALENDAR.workingDaysBetween(start, start.plusDays(random.nextInt(14_000)));
            }
            assertThat(sum).isNotZero();
        });
    }
}
