package org.ogi.intake.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.ogi.intake.persistence.AgencyEntity;

/** The agencies requests can be made to and the names their receipts print. */
@ApplicationScoped
public class AgencyDirectory {

    /** An agency: the code of its staff's tokens and its official name. */
    public record Agency(String code, String name) {}

    private final Clock clock;

    AgencyDirectory(Clock clock) {
        this.clock = clock;
    }

    @WithSession
    public Uni<List<Agency>> all() {
        return AgencyEntity.allByCode()
                .map(all -> all.stream().map(AgencyDirectory::agency).toList());
    }

    @WithSession
    public Uni<Optional<Agency>> find(String code) {
        return AgencyEntity.<AgencyEntity>findById(code)
                .map(found -> Optional.ofNullable(found).map(AgencyDirectory::agency));
    }

    /** Enters or renames the agency; one statement, so two administrators saving at once cannot collide. */
    @WithTransaction
    public Uni<Agency> save(String code, String name, String by) {
        Agency agency = new Agency(code, name);
        return insert(agency, by, RENAME).replaceWith(agency);
    }

    /** Enters the agencies that are not in the directory yet; names already entered stay. */
    @WithTransaction
    public Uni<Void> enterMissing(List<Agency> agencies, String by) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Agency agency : agencies) {
            chain = chain.chain(() -> insert(agency, by, KEEP));
        }
        return chain;
    }

    private static final String RENAME =
            "do update set name = excluded.name, updatedAt = excluded.updatedAt, updatedBy = excluded.updatedBy";
    private static final String KEEP = "do nothing";

    private Uni<Void> insert(Agency agency, String by, String onConflict) {
        return Panache.getSession()
                .chain(session -> session.createMutationQuery(
                                "insert into AgencyEntity (code, name, updatedAt, updatedBy) values (:code, :name, :at, :by) "
                                        + "on conflict (code) " + onConflict)
                        .setParameter("code", agency.code())
                        .setParameter("name", agency.name())
                        .setParameter("at", OffsetDateTime.now(clock))
                        .setParameter("by", by)
                        .executeUpdate())
                .replaceWithVoid();
    }

    private static Agency agency(AgencyEntity entity) {
        return new Agency(entity.code, entity.name);
    }
}
