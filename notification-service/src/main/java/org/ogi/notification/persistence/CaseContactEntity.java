package org.ogi.notification.persistence;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.ogi.notification.domain.Contact;
import org.ogi.notification.domain.NotificationChannel;

/** What this service learned of a case from the events: the applicant's contact, the officer, the reply clock. */
@Entity
@Table(name = "case_contact")
public class CaseContactEntity extends PanacheEntityBase {

    @Id
    public String trackingNumber;

    public String agency;
    public String agencyName;
    public String name;
    public String email;
    public String phone;
    public String address;
    public String userId;

    @Enumerated(EnumType.STRING)
    public NotificationChannel preferredChannel;

    public String officer;
    public LocalDate replyDueDate;
    /** The reply clock's working days as last scheduled; more than before means an extension was counted. */
    public Integer replyWorkingDays;
    /** A due date moved by an extension, kept until the Extended event it belongs to has arrived. */
    public LocalDate extendedDueDate;

    public LocalDate dueBeforeExtension;
    public Integer extensionDays;
    public String extensionReason;
    public String extensionEvent;
    public boolean extensionTold;
    public String state;
    public OffsetDateTime stateSince;
    public String stateEventId;

    /**
     * The case's contact, its row locked until the transaction ends; how the consumers and the applicant's choice of
     * channel read it. Two channels change one contact (the Extended event and the due date it moved pair up, Art. 33
     * ¶2) and an update writes every column: the later transaction waits and reads what the earlier committed instead
     * of writing its older copy over it.
     */
    public static Uni<CaseContactEntity> forUpdate(String trackingNumber) {
        return findById(trackingNumber, LockModeType.PESSIMISTIC_WRITE);
    }

    public Contact contact() {
        return new Contact(name, email, phone, address, userId, preferredChannel);
    }
}
