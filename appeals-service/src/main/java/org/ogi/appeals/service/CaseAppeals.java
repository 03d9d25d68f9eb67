package org.ogi.appeals.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.appeals.domain.AppealKind;
import org.ogi.appeals.persistence.AppealEntity;
import org.ogi.appeals.persistence.AppealableCaseEntity;
import org.ogi.platform.problem.ProblemException;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The appeals linked to a case of the staff member's agency; another agency's case is not found. */
@ApplicationScoped
public class CaseAppeals {

    public record Appeal(UUID id, AppealKind kind, String status, LocalDate filedOn) {
    }

    public record Linked(String trackingNumber, String agency, LocalDate receivedDate, List<Appeal> appeals) {
    }

    @WithSession
    public Uni<Linked> of(String trackingNumber, String agency) {
        return AppealableCaseEntity.<AppealableCaseEntity>findById(trackingNumber).chain(registered -> {
            if (registered == null || !registered.agency.equals(agency)) {
                throw ProblemException.notFound("case " + trackingNumber + " is not registered for appeals");
            }
            return AppealEntity.<AppealEntity>list("trackingNumber = ?1 order by filedOn", trackingNumber)
                    .map(appeals -> new Linked(registered.trackingNumber, registered.agency, registered.receivedDate,
                            appeals.stream().map(a -> new Appeal(a.id, a.kind, a.status, a.filedOn)).toList()));
        });
    }
}
