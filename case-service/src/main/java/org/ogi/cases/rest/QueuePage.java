package org.ogi.cases.rest;

import java.time.LocalDate;
import java.util.List;
import org.ogi.cases.domain.WorkQueue;
import org.ogi.cases.service.WorkQueues;

/** One page of a work queue, most urgent first. */
public record QueuePage(String queue, int page, int size, long total, List<Item> items) {

    /** @param dueDate the due date of the queue's clock; null while deadline-service has not announced it */
    public record Item(
            String trackingNumber,
            String state,
            LocalDate receivedDate,
            LocalDate dueDate,
            String assignedOfficer,
            long version) {}

    static QueuePage of(WorkQueue queue, int page, int size, WorkQueues.Page found) {
        return new QueuePage(
                queue.path(),
                page,
                size,
                found.total(),
                found.entries().stream()
                        .map(e -> new Item(
                                e.trackingNumber(),
                                e.state(),
                                e.receivedDate(),
                                e.dueDate(),
                                e.assignedOfficer(),
                                e.version()))
                        .toList());
    }
}
