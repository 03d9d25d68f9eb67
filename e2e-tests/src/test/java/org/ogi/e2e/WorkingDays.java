package org.ogi.e2e;

import org.ogi.stack.OgiService;

/** deadline-service's working-day calendar, asked for the dates a suite expects its clocks to show. */
final class WorkingDays {

    private WorkingDays() {}

    /** The day {@code days} working days after {@code from}, as deadline-service counts them. */
    static String after(String token, String from, int days) {
        return Services.as(token, OgiService.DEADLINE)
                .queryParam("from", from)
                .queryParam("add", days)
                .when()
                .get("/api/calendar/working-days")
                .then()
                .statusCode(200)
                .extract()
                .path("date");
    }
}
