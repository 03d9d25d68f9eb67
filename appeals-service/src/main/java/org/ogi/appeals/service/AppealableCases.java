package org.ogi.appeals.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
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
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("received_date", request.receivedDate());
        facts.put(
                "applicant_name",
                request.applicant() == null ? null : request.applicant().name());
        facts.put("agency_name", request.agencyName());
        return upsert(request.trackingNumber(), request.agency(), facts);
    }

    public Uni<Void> replied(CaseEvents.Replied replied) {
        String tn = replied.transition().trackingNumber();
        String agency = replied.transition().agency();
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("reply_type", replied.replyType());
        facts.put("reply_type_label", replied.replyTypeLabel());
        facts.put("reply_outcome_group", replied.outcomeGroup());
        facts.put("replied_on", replied.repliedOn());
        facts.put("remedies_told", replied.remediesTold());
        return upsert(tn, agency, facts);
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
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put(column, value);
        return upsert(trackingNumber, agency, facts);
    }

    /** One statement for all the facts an event carries (null values included: the event states them). */
    private Uni<Void> upsert(String trackingNumber, String agency, Map<String, Object> facts) {
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner values = new StringJoiner(", ");
        StringJoiner updates = new StringJoiner(", ");
        int i = 0;
        for (String column : facts.keySet()) {
            // column comes from the fixed map above, never from input.
            String type = COLUMNS.get(column);
            columns.add(column);
            values.add("cast(:v" + i++ + " as " + type + ")");
            updates.add(column + " = excluded." + column);
        }
        String sql = "insert into appealable_case (tracking_number, agency, registered_at, " + columns + ") "
                + "values (:tn, :agency, :at, " + values + ") "
                + "on conflict (tracking_number) do update set " + updates;
        return Panache.getSession()
                .chain(session -> {
                    var query = session.createNativeQuery(sql)
                            .setParameter("tn", trackingNumber)
                            .setParameter("agency", agency)
                            .setParameter("at", OffsetDateTime.now(clock));
                    int n = 0;
                    for (Object value : facts.values()) {
                        query.setParameter("v" + n++, value);
                    }
                    return query.executeUpdate();
                })
                .replaceWithVoid();
    }
}
