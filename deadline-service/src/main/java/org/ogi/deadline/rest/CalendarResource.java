package org.ogi.deadline.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.ogi.deadline.domain.CalendarAnswer;
import org.ogi.deadline.domain.WorkingDayCalendar;
import org.ogi.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Period arithmetic on the official calendar, for anyone signed in. */
@Path("/api/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CalendarResource {

    private final WorkingDayCalendar calendar;

    CalendarResource(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public record WorkingDaysAnswer(LocalDate from, int add, LocalDate date, boolean provisional) {
    }

    public record PeriodAnswer(LocalDate from, Integer days, Integer months, LocalDate date, boolean provisional) {
    }

    public record YearView(int year, String noticeReference, List<LocalDate> restDays,
            List<LocalDate> makeUpWorkingDays, boolean provisional) {
    }

    @GET
    @Path("working-days")
    public WorkingDaysAnswer addWorkingDays(@QueryParam("from") @NotNull LocalDate from,
            @QueryParam("add") @NotNull @Min(0) @Max(10_000) Integer add) {
        CalendarAnswer answer = calendar.addWorkingDays(from, add);
        return new WorkingDaysAnswer(from, add, answer.date(), answer.provisional());
    }

    @GET
    @Path("periods")
    public PeriodAnswer addPeriod(@QueryParam("from") @NotNull LocalDate from,
            @QueryParam("days") @Min(0) @Max(36_500) Integer days,
            @QueryParam("months") @Min(0) @Max(1_200) Integer months) {
        if ((days == null) == (months == null)) {
            throw ProblemException.invalid("days", "give either days or months");
        }
        CalendarAnswer answer = days != null ? calendar.addCalendarDays(from, days) : calendar.addMonths(from, months);
        return new PeriodAnswer(from, days, months, answer.date(), answer.provisional());
    }

    @GET
    @Path("{year}")
    public YearView year(@PathParam("year") @Min(1900) @Max(2199) int year) {
        return calendar.calendarYear(year)
                .map(y -> new YearView(year, y.noticeReference(), sorted(y.restDays()), sorted(y.makeUpWorkingDays()),
                        false))
                .orElseGet(() -> new YearView(year, null, List.of(), List.of(), true));
    }

    private static List<LocalDate> sorted(Set<LocalDate> days) {
        return days.stream().sorted().toList();
    }

}
