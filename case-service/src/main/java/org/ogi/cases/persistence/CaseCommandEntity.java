package org.ogi.cases.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.ogi.cases.domain.CaseAction;

/** A workflow request that carried an Idempotency-Key; a repeat of the key changes nothing. */
@Entity
@Table(name = "case_command")
@IdClass(CaseCommandEntity.Key.class)
public class CaseCommandEntity extends PanacheEntityBase {

    @Id
    public String trackingNumber;

    @Id
    public String idempotencyKey;

    @Enumerated(EnumType.STRING)
    public CaseAction action;

    public String userId;
    public OffsetDateTime recordedAt;

    public static class Key implements Serializable {
        public String trackingNumber;
        public String idempotencyKey;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key
                    && Objects.equals(trackingNumber, key.trackingNumber)
                    && Objects.equals(idempotencyKey, key.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(trackingNumber, idempotencyKey);
        }
    }
}
