package org.ogi.intake.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestAwaitingConfirmation;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.MonthlyRequestCount;
import org.ogi.intake.domain.Postage;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.intake.persistence.RequestQueries;
import org.ogi.platform.outbox.Outbox;

/**
 * The events announcing registered requests of one agency, with what only intake knows: the agency's name from the
 * directory (for letters) and each applicant's requests in the month (fee measures Art. 4). A received request is
 * announced as received; one waiting for the confirmation of Art. 31 as awaiting it. Runs in the caller's
 * transaction, before the requests are stored or after they were updated.
 */
@ApplicationScoped
public class RequestEvents {

    private final RequestQueries queries;
    private final AgencyDirectory directory;
    private final Clock clock;

    RequestEvents(RequestQueries queries, AgencyDirectory directory, Clock clock) {
        this.queries = queries;
        this.directory = directory;
        this.clock = clock;
    }

    /** One event per request, in order; a request counts the ones before it in the list among the month's. */
    public Uni<List<Outbox.Entry<?>>> of(String agency, List<InformationRequestEntity> requests) {
        List<InformationRequestEntity> received =
                requests.stream().filter(r -> r.receivedDate != null).toList();
        return directory.find(agency).chain(found -> {
            String name = found.map(AgencyDirectory.Agency::name).orElse(null);
            return stored(agency, received).map(stored -> {
                List<MonthlyRequestCount.Known> known = new ArrayList<>(stored);
                List<Outbox.Entry<?>> entries = new ArrayList<>();
                for (InformationRequestEntity request : requests) {
                    if (request.receivedDate == null) {
                        entries.add(new Outbox.Entry<>(
                                Events.REQUEST_AWAITING_CONFIRMATION, request.trackingNumber, awaiting(request, name)));
                        continue;
                    }
                    MonthlyRequestCount.Known self = new MonthlyRequestCount.Known(
                            request.trackingNumber, request.identityKey, request.namePhoneKey, request.receivedDate);
                    entries.add(new Outbox.Entry<>(
                            Events.REQUEST_RECEIVED,
                            request.trackingNumber,
                            Registrations.receivedEvent(request, name, MonthlyRequestCount.of(self, known))));
                    known.add(self);
                }
                return entries;
            });
        });
    }

    private Uni<List<MonthlyRequestCount.Known>> stored(String agency, List<InformationRequestEntity> received) {
        if (received.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        LocalDate from = received.stream()
                .map(r -> YearMonth.from(r.receivedDate).atDay(1))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate to = received.stream()
                .map(r -> YearMonth.from(r.receivedDate).atEndOfMonth())
                .max(Comparator.naturalOrder())
                .orElseThrow();
        return queries.receivedOfApplicants(
                agency,
                RepeatFlags.keys(received, r -> r.identityKey),
                RepeatFlags.keys(received, r -> r.namePhoneKey),
                from,
                to);
    }

    /* Art. 31(二): only an ordinary letter must be confirmed on the day it arrives; fax has no such day. */
    private RequestAwaitingConfirmation awaiting(InformationRequestEntity request, String agencyName) {
        LocalDate arrivedOn =
                request.registeredAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        boolean ordinaryLetter = request.channel == Channel.LETTER && request.postage == Postage.ORDINARY;
        return new RequestAwaitingConfirmation(
                request.trackingNumber,
                request.agency,
                agencyName,
                request.channel.name(),
                arrivedOn,
                ordinaryLetter ? arrivedOn : null,
                Registrations.applicant(request));
    }
}
