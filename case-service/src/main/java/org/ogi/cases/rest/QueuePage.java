package org.ogi.cases.rest;

import java.time.LocalDate;
import java.util.List;

/** One page of a work queue, most urgent first. */
public record QueuePage(String queue, int page, int size, long total, List<Item> items) {

    /** @param dueDate the due date of the queue's clock; null while deadline-service has not announced it */
    public record Item(String trackingNumber, String state, LocalDate receivedDate, LocalDate dueDate,
            String assignedOfficer, long version) {
    }
}
