package org.ogi.appeals.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseOpened;
import org.ogi.contracts.v1.RequestReceived;

/**
 * Keeps what appeals-service knows of a case from the events, never by asking case-service (issue 13 item 1). The
 * topics arrive in any order, so each fact is an upsert of its own columns; runs inside the consuming transaction.
 */
@ApplicationScoped
public class AppealableCases {

    private final Clock clock;

    AppealableCases(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> opened(CaseOpened opened) {
        return upsert(opened.trackingNumber(), opened.agency(), "received_date", opened.receivedDate());
    }

    public Uni<Void> received(RequestReceived request) {
        return upsert(request.trackingNumber(), request.agency(), "received_date", request.receivedDate())
                .chain(() -> upsert(
                        request.trackingNumber(),
                        request.agency(),
                        "applicant_name",
                        request.applicant() == null ? null : request.applicant().name()))
                .chain(() -> upsert(request.trackingNumber(), request.agency(), "agency_name", request.agencyName()));
    }

    public Uni<Void> replied(CaseEvents.Replied replied) {
        String tn = replied.transition().trackingNumber();
        String agency = replied.transition().agency();
        return upsert(tn, agency, "reply_type", replied.replyType())
                .chain(() -> upsert(tn, agency, "reply_type_label", replied.replyTypeLabel()))
                .chain(() -> upsert(tn, agency, "reply_outcome_group", replied.outcomeGroup()))
                .chain(() -> upsert(tn, agency, "replied_on", replied.repliedOn()))
                .chain(() -> upsert(tn, agency, "remedies_told", replied.remediesTold()));
    }

    public Uni<Void> delivered(CaseEvents.Delivered delivered) {
        return upsert(
                delivered.transition().trackingNumber(),
                delivered.transition().agency(),
                "delivered_on",
                delivered.deliveredOn());
    }

    /** The reply due date including any extension, as deadline-service computed it. */
    public Uni<Void> replyDue(String trackingNumber, String agency, LocalDate dueDate) {
        return upsert(trackingNumber, agency, "reply_due_date", dueDate);
    }

    private static final Map<String, String> COLUMNS = Map.of(
            "received_date",
            "date",
            "applicant_name",
            "text",
            "agency_name",
            "text",
            "reply_type",
            "text",
            "reply_type_label",
            "text",
            "reply_outcome_group",
            "text",
            "replied_on",
            "date",
            "remedies_told",
            "boolean",
            "delivered_on",
            "date",
            "reply_due_date",
            "date");

    private Uni<Void> upsert(String trackingNumber, String agency, String column, Object value) {
        String type = COLUMNS.get(column);
        // column comes from the fixed map above, never from input.
        String sql = "insert into appealable_case (tracking_number, agency, registered_at, " + column + ") "
                + "values (:tn, :agency, :at, cast(:value as " + type + ")) "
                + "on conflict (tracking_number) do update set " + column + " = excluded." + column;
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(sql)
                        .setParameter("tn", trackingNumber)
                        .setParameter("agency", agency)
                        .setParameter("at", OffsetDateTime.now(clock))
                        .setParameter("value", value)
                        .executeUpdate())
                .replaceWithVoid();
    }
}
