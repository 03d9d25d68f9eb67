package org.ogi.deadline;

import java.time.LocalDate;
import java.util.List;
import org.ogi.contracts.v1.AppealEvents;

/** Appeal events the way appeals-service publishes them. */
public final class AppealEventsForTests {

    private AppealEventsForTests() {}

    /**
     * An ordinary reconsideration of agency A against the refusal of case {@code tn} replied on 2024-02-28 and served
     * on 2024-03-01 (reply due 2024-02-29), acceptance not recorded.
     */
    public static AppealEvents.Filed reconsideration(
            String number, String tn, LocalDate filedOn, LocalDate copyReceivedOn) {
        return new AppealEvents.Filed(
                number,
                "A",
                "RECONSIDERATION",
                "REPLY",
                List.of(tn),
                null,
                "张三",
                "某区人民政府",
                "复1",
                "ORDINARY",
                filedOn,
                copyReceivedOn,
                null,
                LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 2, 28),
                LocalDate.of(2024, 2, 29),
                true,
                "WITHHELD",
                null,
                "legal");
    }
}
