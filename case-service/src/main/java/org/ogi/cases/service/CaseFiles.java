package org.ogi.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.ogi.cases.domain.CaseState;
import org.ogi.cases.domain.RequestKind;
import org.ogi.cases.persistence.CaseFileEntity;
import org.ogi.contracts.v1.CaseOpened;
import org.ogi.contracts.v1.ClockKey;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.platform.outbox.Outbox;
import org.ogi.platform.persistence.MultiRowInsert;

/** Opens cases and keeps their due dates; every method runs inside the consuming transaction. */
@ApplicationScoped
public class CaseFiles {

    private static final Logger LOG = Logger.getLogger(CaseFiles.class);

    private final Outbox outbox;
    private final Clock clock;

    CaseFiles(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Opens a case for each request, in order, with one insert of the cases and one of their events. */
    public Uni<Void> openAll(List<RequestReceived> requests) {
        List<CaseFileEntity> cases = requests.stream().map(this::newCase).toList();
        List<Outbox.Entry<?>> opened = cases.stream()
                .<Outbox.Entry<?>>map(c -> new Outbox.Entry<>(
                        Events.CASE_OPENED,
                        c.trackingNumber,
                        new CaseOpened(
                                c.trackingNumber, c.agency, c.receivedDate, c.state.name(), c.applicantCategory)))
                .toList();
        return CaseFileEntity.insertAll(cases)
                .chain(() -> outbox.appendAll(opened))
                .invoke(() ->
                        cases.forEach(c -> LOG.infof("opened case %s received %s", c.trackingNumber, c.receivedDate)))
                .replaceWithVoid();
    }

    private CaseFileEntity newCase(RequestReceived request) {
        CaseFileEntity caseFile = new CaseFileEntity();
        caseFile.trackingNumber = request.trackingNumber();
        caseFile.agency = request.agency();
        caseFile.state = CaseState.RECEIVED;
        caseFile.receivedDate = request.receivedDate();
        caseFile.applicantCategory = request.applicant().category();
        caseFile.applicantName = request.applicant().name();
        caseFile.informationTitle =
                request.information() == null ? null : request.information().title();
        caseFile.agencyName = request.agencyName();
        caseFile.requestKind = RequestKind.of(request.kind());
        caseFile.applicantUserId = request.applicant().userId();
        caseFile.applicantRequestsInMonth = request.applicantRequestsInMonth();
        if (request.recordCorrection() != null) {
            caseFile.recordToCorrect = request.recordCorrection().record();
            caseFile.recordCorrectionAsked = request.recordCorrection().correction();
            caseFile.recordCorrectionEvidence = request.recordCorrection().evidence() == null
                    ? null
                    : String.join("\n", request.recordCorrection().evidence());
        }
        caseFile.openedAt = OffsetDateTime.now(clock);
        return caseFile;
    }

    /** A clock's due date as deadline-service announced it. */
    public record CaseDeadline(String trackingNumber, ClockKey clock, LocalDate dueDate, boolean provisional) {}

    private static final MultiRowInsert<CaseDeadline> DEADLINES = MultiRowInsert.<CaseDeadline>into("case_deadline")
            .set("tracking_number", CaseDeadline::trackingNumber)
            .set("clock", d -> d.clock().text())
            .set("due_date", CaseDeadline::dueDate)
            .set("provisional", CaseDeadline::provisional);

    /**
     * Keeps each clock's latest due date, with one statement; a case not open yet gets it when it opens. Of a clock
     * announced more than once, the last announcement holds, as it would have applied one after another.
     */
    public Uni<Void> recordDeadlines(List<CaseDeadline> deadlines) {
        Map<String, CaseDeadline> latest = new LinkedHashMap<>();
        deadlines.forEach(d -> latest.put(d.trackingNumber() + " " + d.clock().text(), d));
        return Panache.getSession()
                .chain(session ->
                        DEADLINES.upsert(session, List.copyOf(latest.values()), List.of("tracking_number", "clock")))
                .replaceWithVoid();
    }
}
