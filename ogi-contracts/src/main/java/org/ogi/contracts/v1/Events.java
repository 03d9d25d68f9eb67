package org.ogi.contracts.v1;

import org.ogi.contracts.EventType;
import org.ogi.contracts.Topics;

import java.util.List;
import java.util.Optional;

/** Every v1 event type of the system, with its topic and payload. */
public final class Events {

    public static final EventType<RequestReceived> REQUEST_RECEIVED =
            new EventType<>("ogi.request.received.v1", Topics.REQUESTS, RequestReceived.class);
    public static final EventType<CaseOpened> CASE_OPENED =
            new EventType<>("ogi.case.opened.v1", Topics.CASES, CaseOpened.class);
    public static final EventType<DeadlineScheduled> DEADLINE_SCHEDULED =
            new EventType<>("ogi.deadline.scheduled.v1", Topics.DEADLINES, DeadlineScheduled.class);
    public static final EventType<NotificationRecorded> NOTIFICATION_RECORDED =
            new EventType<>("ogi.notification.recorded.v1", Topics.NOTIFICATIONS, NotificationRecorded.class);

    public static final List<EventType<?>> ALL =
            List.of(REQUEST_RECEIVED, CASE_OPENED, DEADLINE_SCHEDULED, NOTIFICATION_RECORDED);

    public static Optional<EventType<?>> byType(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }

    private Events() {
    }
}
