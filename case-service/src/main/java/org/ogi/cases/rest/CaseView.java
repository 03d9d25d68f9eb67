package org.ogi.cases.rest;

import org.ogi.cases.persistence.CaseFileEntity;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** @param replyDueDate null until deadline-service has announced it */
public record CaseView(String trackingNumber, String agency, String state, LocalDate receivedDate,
        String applicantCategory, LocalDate replyDueDate, boolean replyDueDateProvisional, OffsetDateTime openedAt) {

    static CaseView of(CaseFileEntity c, LocalDate replyDueDate, boolean provisional) {
        return new CaseView(c.trackingNumber, c.agency, c.state, c.receivedDate, c.applicantCategory, replyDueDate,
                provisional, c.openedAt);
    }
}
