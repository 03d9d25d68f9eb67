package org.ogi.appeals.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** An appeal clock as deadline-service published it. */
@Entity
@Table(name = "appeal_deadline")
@IdClass(AppealDeadlineEntity.Key.class)
public class AppealDeadlineEntity extends PanacheEntityBase {

    public record Key(String appealNumber, String clock) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    public String appealNumber;

    @Id
    public String clock;

    public LocalDate startDate;
    public LocalDate dueDate;
    public String basis;
    /** True for the agency's own duties (answer, new reply), false for what is expected of the body or court. */
    public boolean duty;

    public boolean approaching;
    public boolean breached;
}
