package org.ogi.intake.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** An agency of the directory, named by its own OGI administrator. */
@Entity
@Table(name = "agency")
public class AgencyEntity extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
    public OffsetDateTime updatedAt;
    public String updatedBy;

    public static Uni<List<AgencyEntity>> allByCode() {
        return listAll(Sort.by("code"));
    }
}
