package org.ogi.platform.outbox;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.v1.CaseOpened;
import org.ogi.contracts.v1.Events;

/** Test-only endpoints that change a note and append its event, optionally failing afterwards. */
@Path("/test/notes")
@PermitAll
public class NoteResource {

    static final LocalDate SERIES_START = LocalDate.of(2000, 1, 1);

    private final Outbox outbox;

    NoteResource(Outbox outbox) {
        this.outbox = outbox;
    }

    @POST
    @WithTransaction
    public Uni<String> create(@QueryParam("subject") String subject, @QueryParam("fail") boolean fail) {
        Note note = new Note();
        note.subject = subject;
        note.text = "note " + subject;
        return note.persist()
                .chain(() -> outbox.append(
                        Events.CASE_OPENED,
                        subject,
                        new CaseOpened(subject, "A", LocalDate.of(2026, 11, 23), "RECEIVED", "NATURAL_PERSON")))
                .map(event -> {
                    if (fail) {
                        throw new IllegalStateException("business rule failed after the event was appended");
                    }
                    return event.id();
                });
    }

    /** Appends {@code count} events about one subject together, the i-th received i - 1 days after 2000-01-01. */
    @POST
    @Path("series")
    @WithTransaction
    public Uni<List<String>> series(@QueryParam("subject") String subject, @QueryParam("count") int count) {
        List<Outbox.Entry<CaseOpened>> entries = IntStream.rangeClosed(1, count)
                .mapToObj(day -> new Outbox.Entry<>(
                        Events.CASE_OPENED,
                        subject,
                        new CaseOpened(subject, "A", SERIES_START.plusDays(day - 1), "RECEIVED", "NATURAL_PERSON")))
                .toList();
        return outbox.appendAll(entries)
                .map(events -> events.stream().map(CloudEvent::id).toList());
    }

    @POST
    @Path("without-transaction")
    public Uni<String> withoutTransaction(@QueryParam("subject") String subject) {
        return Panache.withSession(() -> outbox.append(
                        Events.CASE_OPENED,
                        subject,
                        new CaseOpened(subject, "A", LocalDate.of(2026, 11, 23), "RECEIVED", "NATURAL_PERSON")))
                .map(event -> event.id());
    }
}
