package org.ogi.appeals.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.ogi.appeals.persistence.AppealableCaseEntity;
import org.ogi.contracts.v1.CaseOpened;

import java.time.Clock;
import java.time.OffsetDateTime;

/** Registers opened cases so appeals can be linked to them later; runs inside the consuming transaction. */
@ApplicationScoped
public class AppealableCases {

    private static final Logger LOG = Logger.getLogger(AppealableCases.class);

    private final Clock clock;

    AppealableCases(Clock clock) {
        this.clock = clock;
    }

    public Uni<Void> register(CaseOpened opened) {
        AppealableCaseEntity registered = new AppealableCaseEntity();
        registered.trackingNumber = opened.trackingNumber();
        registered.agency = opened.agency();
        registered.receivedDate = opened.receivedDate();
        registered.registeredAt = OffsetDateTime.now(clock);
        return registered.persist().invoke(() -> LOG.info("case registered for appeals")).replaceWithVoid();
    }
}
