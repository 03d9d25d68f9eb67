package org.ogi.web.pages;

import io.quarkus.qute.TemplateData;
import java.time.LocalDate;

/** How a due date is marked in the lists: overdue, due soon, or neither. */
@TemplateData
public enum Urgency {
    OVERDUE("overdue", "已逾期"),
    DUE_SOON("due-soon", "即将到期"),
    NONE("", "");

    private final String cssClass;
    private final String label;

    Urgency(String cssClass, String label) {
        this.cssClass = cssClass;
        this.label = label;
    }

    /** @param dueSoonDays how many calendar days before the due date a row is marked (ogi.web.due-soon-days) */
    public static Urgency of(LocalDate due, LocalDate today, int dueSoonDays) {
        if (due == null) {
            return NONE;
        }
        if (today.isAfter(due)) {
            return OVERDUE;
        }
        return today.plusDays(dueSoonDays).isBefore(due) ? NONE : DUE_SOON;
    }

    public String cssClass() {
        return cssClass;
    }

    public String label() {
        return label;
    }
}
