package org.ogi.appeals.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A case an appeal concerns. */
@Entity
@Table(name = "appeal_case")
@IdClass(AppealCaseEntity.Key.class)
public class AppealCaseEntity extends PanacheEntityBase {

    public record Key(String appealNumber, String trackingNumber) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String appealNumber;

    @Id
    public String trackingNumber;
}
