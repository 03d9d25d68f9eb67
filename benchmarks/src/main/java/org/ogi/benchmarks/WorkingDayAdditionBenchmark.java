package org.ogi.benchmarks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.ogi.deadline.domain.CalendarYear;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Working-day additions per second on the shipped calendar: the indexed {@link WorkingDayCalendar#addWorkingDays}
 * against the day-by-day loop of ogi-rules §6.3 over a map of the notices' days. Random start days in 2016–2026 and
 * periods of 1–40 working days (the statutory periods are 7, 15 and 20, extended up to 40).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WorkingDayAdditionBenchmark {

    private static final int QUERIES = 1024;

    private WorkingDayCalendar calendar;
    private Map<LocalDate, Boolean> noticeDays;
    private final LocalDate[] starts = new LocalDate[QUERIES];
    private final int[] periods = new int[QUERIES];

    @Setup
    public void setUp() {
        calendar = WorkingDayCalendar.official();
        noticeDays = new HashMap<>();
        for (CalendarYear year : calendar.calendarYears()) {
            year.restDays().forEach(day -> noticeDays.put(day, false));
            year.makeUpWorkingDays().forEach(day -> noticeDays.put(day, true));
        }
        Random random = new Random(20241030);
        LocalDate first = LocalDate.of(2016, 1, 1);
        for (int i = 0; i < QUERIES; i++) {
            starts[i] = first.plusDays(random.nextInt(11 * 365));
            periods[i] = 1 + random.nextInt(40);
        }
    }

    @Benchmark
    @OperationsPerInvocation(QUERIES)
    public void indexed(Blackhole blackhole) {
        for (int i = 0; i < QUERIES; i++) {
            blackhole.consume(calendar.addWorkingDays(starts[i], periods[i]));
        }
    }

    @Benchmark
    @OperationsPerInvocation(QUERIES)
    public void naiveDayByDay(Blackhole blackhole) {
        for (int i = 0; i < QUERIES; i++) {
            blackhole.consume(addDayByDay(starts[i], periods[i]));
        }
    }

    private LocalDate addDayByDay(LocalDate start, int n) {
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            Boolean listed = noticeDays.get(day);
            boolean working = listed != null
                    ? listed
                    : day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (working) {
                counted++;
            }
        }
        return day;
    }
}
