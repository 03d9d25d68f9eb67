package org.ogi.deadline.domain;

import java.time.LocalDate;
import java.util.List;

/** The reply due date of a request and the steps that produced it, in words a court can follow. */
public record ReplyDeadline(LocalDate startDate, ReplyRegime regime, int workingDays, LocalDate dueDate,
        boolean provisional, List<String> explanation) {

    public static ReplyDeadline from(WorkingDayCalendar calendar, LocalDate receivedDate) {
        ReplyRegime regime = ReplyRegime.forReceivedDate(receivedDate);
        CalendarAnswer due = calendar.addWorkingDays(receivedDate, regime.replyWorkingDays());
        List<String> explanation = List.of(
                "received on " + receivedDate + "; the period starts the next day (the start day is not counted)",
                regime.replyWorkingDays() + " working days under " + regime
                        + ", counted on the official calendar with its make-up working days",
                "due " + due.date() + (due.provisional()
                        ? " (provisional: the holiday notice for that year is not yet loaded)" : ""));
        return new ReplyDeadline(receivedDate, regime, regime.replyWorkingDays(), due.date(), due.provisional(),
                explanation);
    }
}
