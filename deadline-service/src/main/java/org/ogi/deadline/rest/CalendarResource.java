package org.ogi.deadline.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ogi.contracts.Roles;
import org.ogi.deadline.domain.CalendarAnswer;
import org.ogi.deadline.domain.CalendarYear;
import org.ogi.deadline.persistence.CalendarStore;
import org.ogi.deadline.service.CalendarChanges;
import org.ogi.deadline.service.Calendars;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.security.Caller;

/**
 * Period arithmetic on the official calendar, for anyone signed in. The calendar is national: only the system
 * administrator (of no agency) adds or replaces a year, and reads the audit of those changes.
 */
@Path("/api/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class CalendarResource {

    private final Calendars calendars;
    private final CalendarChanges changes;
    private final Caller caller;

    CalendarResource(Calendars calendars, CalendarChanges changes, Caller caller) {
        this.calendars = calendars;
        this.changes = changes;
        this.caller = caller;
    }

    public record WorkingDaysAnswer(LocalDate from, int add, LocalDate date, boolean provisional) {}

    public record PeriodAnswer(LocalDate from, Integer days, Integer months, LocalDate date, boolean provisional) {}

    public record YearView(
            int year,
            String noticeReference,
            List<LocalDate> restDays,
            List<LocalDate> makeUpWorkingDays,
            boolean provisional) {}

    /** What a State Council holiday notice says about its year (dates may reach into the previous December). */
    public record YearInput(
            @NotBlank @Size(max = 500) String noticeReference,
            @Size(max = 366) List<LocalDate> restDays,
            @Size(max = 366) List<LocalDate> makeUpWorkingDays) {}

    @GET
    @Path("working-days")
    public WorkingDaysAnswer addWorkingDays(
            @QueryParam("from") @NotNull LocalDate from, @QueryParam("add") @NotNull @Min(0) @Max(10_000) Integer add) {
        CalendarAnswer answer = calendars.current().addWorkingDays(from, add);
        return new WorkingDaysAnswer(from, add, answer.date(), answer.provisional());
    }

    @GET
    @Path("periods")
    public PeriodAnswer addPeriod(
            @QueryParam("from") @NotNull LocalDate from,
            @QueryParam("days") @Min(0) @Max(36_500) Integer days,
            @QueryParam("months") @Min(0) @Max(1_200) Integer months) {
        if ((days == null) == (months == null)) {
            throw ProblemException.invalid("days", "give either days or months");
        }
        var calendar = calendars.current();
        CalendarAnswer answer = days != null ? calendar.addCalendarDays(from, days) : calendar.addMonths(from, months);
        return new PeriodAnswer(from, days, months, answer.date(), answer.provisional());
    }

    @GET
    @Path("{year}")
    public YearView year(@PathParam("year") @Min(1900) @Max(2199) int year) {
        return calendars
                .current()
                .calendarYear(year)
                .map(CalendarResource::view)
                .orElseGet(() -> new YearView(year, null, List.of(), List.of(), true));
    }

    /**
     * Adds or replaces a year when a notice is published (or amended); every open clock running through that year
     * is derived again and each moved due date is published.
     */
    @PUT
    @Path("{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Uni<YearView> replaceYear(
            @PathParam("year") @Min(CalendarYear.MIN_YEAR) @Max(CalendarYear.MAX_YEAR) int year,
            @Valid @NotNull YearInput input) {
        return changes.replace(validated(year, input), new CalendarChanges.Changer(caller.userId(), caller.userName()))
                .map(CalendarResource::view);
    }

    /** Every change of the calendar, newest first: the year's facts as written, who wrote them and when. */
    @GET
    @Path("changes")
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Uni<List<CalendarStore.AuditedChange>> changes(
            @QueryParam("year") @Min(CalendarYear.MIN_YEAR) @Max(CalendarYear.MAX_YEAR) Integer year,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        return changes.history(year, page, size);
    }

    private static CalendarYear validated(int year, YearInput input) {
        List<Problem.FieldError> errors = new ArrayList<>();
        List<LocalDate> rest = input.restDays() == null ? List.of() : input.restDays();
        List<LocalDate> work = input.makeUpWorkingDays() == null ? List.of() : input.makeUpWorkingDays();
        checkDays(year, "restDays", rest, errors);
        checkDays(year, "makeUpWorkingDays", work, errors);
        Set<LocalDate> restSet = new HashSet<>(rest);
        for (int i = 0; i < work.size(); i++) {
            if (restSet.contains(work.get(i))) {
                errors.add(new Problem.FieldError(
                        "makeUpWorkingDays[" + i + "]", work.get(i) + " is also listed as a rest day"));
            }
        }
        String reference = input.noticeReference();
        if (reference.contains("|") || reference.contains("\n") || reference.contains("\r")) {
            errors.add(new Problem.FieldError("noticeReference", "must not contain '|' or a line break"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return CalendarYear.of(year, reference, rest, work);
    }

    private static void checkDays(int year, String field, List<LocalDate> days, List<Problem.FieldError> errors) {
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            if (day == null) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", "must not be null"));
            } else if (day.getYear() != year && !(day.getYear() == year - 1 && day.getMonthValue() == 12)) {
                errors.add(new Problem.FieldError(
                        field + "[" + i + "]", day + " is outside " + year + " and its previous December"));
            } else if (!seen.add(day)) {
                errors.add(new Problem.FieldError(field + "[" + i + "]", day + " is listed twice"));
            }
        }
    }

    private static YearView view(CalendarYear y) {
        return new YearView(
                y.noticeYear(), y.noticeReference(), sorted(y.restDays()), sorted(y.makeUpWorkingDays()), false);
    }

    private static List<LocalDate> sorted(Set<LocalDate> days) {
        return days.stream().sorted().toList();
    }
}
