package org.ogi.deadline.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.ogi.deadline.domain.WorkingDayCalendar;

public class CalendarProducer {

    @Produces
    @Singleton
    WorkingDayCalendar officialCalendar() {
        return WorkingDayCalendar.official();
    }
}
