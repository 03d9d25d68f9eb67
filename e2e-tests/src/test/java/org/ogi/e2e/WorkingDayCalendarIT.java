package org.ogi.e2e;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.stack.OgiService;

/** The calendar the reply deadlines are counted in, with the State Council's holidays and make-up working days. */
@ExtendWith(EndToEndStack.class)
class WorkingDayCalendarIT {

    @Test
    void twentyWorkingDaysFromTheFridayBeforeNationalDay2024EndOnThirtiethOfOctober() {
        // 1-7 October 2024 are holidays; Sunday 29 September and Saturday 12 October are working days.
        Services.as(TokenClient.ofStack().accessTokenOf("clerk"), OgiService.DEADLINE)
                .queryParam("from", "2024-09-27")
                .queryParam("add", 20)
                .when()
                .get("/api/calendar/working-days")
                .then()
                .statusCode(200)
                .body("from", equalTo("2024-09-27"))
                .body("add", equalTo(20))
                .body("date", equalTo("2024-10-30"))
                .body("provisional", equalTo(false));
    }
}
