package org.ogi.notification.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Roles;
import org.ogi.contracts.v1.AppealEvents;
import org.ogi.contracts.v1.CaseEvents;
import org.ogi.contracts.v1.CaseOpened;
import org.ogi.contracts.v1.CaseTransitioned;
import org.ogi.contracts.v1.ClockKind;
import org.ogi.contracts.v1.DeadlineEvents;
import org.ogi.contracts.v1.DeadlineScheduled;
import org.ogi.contracts.v1.RequestAwaitingConfirmation;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.notification.domain.Contact;
import org.ogi.notification.domain.Notice;
import org.ogi.notification.domain.Notices;
import org.ogi.notification.domain.Recipient;
import org.ogi.notification.persistence.AppealKindEntity;
import org.ogi.notification.persistence.CaseContactEntity;

/**
 * What each event means here: the case facts it teaches (contact, officer, reply due date, queue state) and the
 * notifications it triggers. Called by the consumers inside their transaction.
 */
@ApplicationScoped
public class Triggers {

    private final Notifications notifications;

    Triggers(Notifications notifications) {
        this.notifications = notifications;
    }

    public Uni<Void> received(CloudEvent event, RequestReceived r) {
        return learn(
                        r.trackingNumber(),
                        r.agency(),
                        r.agencyName(),
                        r.applicant(),
                        r.delivery() == null ? null : r.delivery().method())
                .chain(c -> notifications.toApplicant(event.id(), Notices.acknowledgement(r), c));
    }

    /** Art. 31: the intake clerks must confirm; the applicant, when the letter or fax gave contact data, is told. */
    public Uni<Void> awaitingConfirmation(CloudEvent event, RequestAwaitingConfirmation r) {
        Uni<Void> staff = notifications.toStaff(
                event.id(), Notices.confirmationWaiting(r), List.of(Recipient.role(Roles.INTAKE_CLERK)));
        if (r.applicant() == null) {
            return staff;
        }
        return staff.chain(() -> learn(r.trackingNumber(), r.agency(), r.agencyName(), r.applicant(), null))
                .chain(c -> notifications.toApplicant(event.id(), Notices.awaitingConfirmation(r), c));
    }

    /** Keeps how the applicant is reached; a channel the applicant chose later is kept. */
    private static Uni<CaseContactEntity> learn(
            String trackingNumber,
            String agency,
            String agencyName,
            RequestReceived.Applicant a,
            String deliveryMethod) {
        return CaseContactEntity.forUpdate(trackingNumber).chain(found -> {
            CaseContactEntity c = found != null ? found : new CaseContactEntity();
            c.trackingNumber = trackingNumber;
            c.agency = agency;
            c.agencyName = agencyName;
            if (a != null) {
                c.name = "ORGANISATION".equals(a.type()) && a.contactPerson() != null
                        ? a.name() + "（联系人：" + a.contactPerson() + "）"
                        : a.name();
                c.email = a.email();
                c.phone = a.phone();
                c.address = a.address();
                c.userId = a.userId();
            }
            if (c.preferredChannel == null) {
                c.preferredChannel = Contact.preferenceOf(deliveryMethod);
            }
            return found != null ? Uni.createFrom().item(c) : c.<CaseContactEntity>persist();
        });
    }

    /** The case starts in intake's RECEIVED queue. */
    public Uni<Void> opened(CloudEvent event, CaseOpened opened) {
        return CaseContactEntity.forUpdate(opened.trackingNumber())
                .invoke(c -> {
                    if (c != null && c.state == null) {
                        c.state = opened.state();
                        c.stateSince = event.time();
                        c.stateEventId = event.id();
                    }
                })
                .replaceWithVoid();
    }

    public Uni<Void> caseEvent(CloudEvent event, CaseTransitioned t, CaseEventNotice notice) {
        return CaseContactEntity.forUpdate(t.trackingNumber()).chain(c -> {
            if (c != null) {
                c.state = t.toState();
                c.stateSince = t.at();
                c.stateEventId = event.id();
            }
            return notice.apply(c);
        });
    }

    /** How one case event changes the facts kept and what it tells; the contact is null before the request's. */
    @FunctionalInterface
    public interface CaseEventNotice {
        Uni<Void> apply(CaseContactEntity contact);
    }

    public CaseEventNotice tell(CloudEvent event, Notice notice) {
        return contact -> notifications.toApplicant(event, notice);
    }

    public CaseEventNotice assigned(CaseEvents.Assigned e) {
        return contact -> {
            if (contact != null) {
                contact.officer = e.officer();
            }
            return Uni.createFrom().voidItem();
        };
    }

    /**
     * Art. 33 ¶2: the notice needs the new due date, which deadline-service computes and announces on ogi.deadlines;
     * the two events may arrive in either order, so each is kept until the other is there.
     */
    public CaseEventNotice extended(CloudEvent event, CaseEvents.Extended e) {
        return contact -> {
            if (contact == null) {
                return Uni.createFrom()
                        .failure(new IllegalStateException(
                                "no contact known yet for " + e.transition().trackingNumber()));
            }
            contact.extensionDays = e.workingDays();
            contact.extensionReason = e.reason();
            contact.extensionEvent = event.id();
            contact.extensionTold = false;
            return tellExtension(contact);
        };
    }

    /**
     * The reply clock's due date. deadline-service counts an extension into the clock's working days, so a larger
     * count than before is the recomputation an extension caused (a pause only moves the date).
     */
    public Uni<Void> scheduled(CloudEvent event, DeadlineScheduled d) {
        if (d.clock().kind() != ClockKind.REPLY) {
            return Uni.createFrom().voidItem();
        }
        return CaseContactEntity.forUpdate(d.trackingNumber()).chain(c -> {
            if (c == null) {
                return Uni.createFrom().voidItem();
            }
            // Without an earlier count (a row kept before counts were), the regime's period is the base.
            int before = c.replyWorkingDays != null ? c.replyWorkingDays : "OGI_2008".equals(d.regime()) ? 15 : 20;
            if (d.workingDays() > before) {
                c.dueBeforeExtension = c.replyDueDate;
                c.extendedDueDate = d.dueDate();
            }
            c.replyDueDate = d.dueDate();
            c.replyWorkingDays = d.workingDays();
            return tellExtension(c);
        });
    }

    /** Sends the extension notice once both halves are known; its event id makes a second send insert nothing. */
    private Uni<Void> tellExtension(CaseContactEntity c) {
        if (c.extensionEvent == null || c.extensionTold || c.extendedDueDate == null) {
            return Uni.createFrom().voidItem();
        }
        c.extensionTold = true;
        LocalDate due = c.extendedDueDate;
        c.extendedDueDate = null;
        return notifications.toApplicant(
                c.extensionEvent,
                Notices.extension(
                        c.trackingNumber, c.agency, c.extensionDays, c.extensionReason, c.dueBeforeExtension, due),
                c);
    }

    public Uni<Void> approaching(CloudEvent event, DeadlineEvents.Approaching e) {
        if (e.clock().kind() == ClockKind.APPEAL_ANSWER) {
            return notifications.toStaff(
                    event.id(), Notices.approaching(e), List.of(Recipient.role(Roles.LEGAL_OFFICER)));
        }
        if (e.clock().kind() == ClockKind.CONFIRMATION) {
            return notifications.toStaff(
                    event.id(), Notices.approaching(e), List.of(Recipient.role(Roles.INTAKE_CLERK)));
        }
        return CaseContactEntity.forUpdate(e.trackingNumber())
                .chain(c -> notifications.toStaff(event.id(), Notices.approaching(e), Notifications.caseStaff(c)));
    }

    public Uni<Void> breached(CloudEvent event, DeadlineEvents.Breached e) {
        if (e.clock().kind() == ClockKind.CONFIRMATION) {
            return notifications.toStaff(event.id(), Notices.breached(e), List.of(Recipient.role(Roles.INTAKE_CLERK)));
        }
        if (e.clock().kind().keyedByAppeal()) {
            return notifications.toStaff(event.id(), Notices.breached(e), List.of(Recipient.role(Roles.LEGAL_OFFICER)));
        }
        return CaseContactEntity.forUpdate(e.trackingNumber())
                .chain(c -> notifications.toStaff(event.id(), Notices.breached(e), Notifications.escalated(c)));
    }

    /** A case reopened after an appeal's decision: the notice cites the law the decision applied. */
    public CaseEventNotice reopened(CloudEvent event, CaseEvents.Reopened e) {
        return contact -> AppealKindEntity.<AppealKindEntity>findById(e.appealNumber())
                .chain(appeal ->
                        notifications.toApplicant(event, Notices.reopened(e, appeal == null ? null : appeal.kind)));
    }

    /** Keeps the appeal's kind, which the case's Reopened event does not carry. */
    private static Uni<Void> remember(String appealNumber, String kind) {
        if (appealNumber == null || kind == null) {
            return Uni.createFrom().voidItem();
        }
        return AppealKindEntity.<AppealKindEntity>findById(appealNumber).chain(known -> {
            if (known != null) {
                return Uni.createFrom().voidItem();
            }
            AppealKindEntity appeal = new AppealKindEntity();
            appeal.appealNumber = appealNumber;
            appeal.kind = kind;
            return appeal.persist().replaceWithVoid();
        });
    }

    /** Each request the appeal concerns: its applicant hears of the filing. */
    public Uni<Void> appealFiled(CloudEvent event, AppealEvents.Filed e) {
        Uni<Void> chain = remember(e.appealNumber(), e.kind());
        for (String trackingNumber : e.trackingNumbers() == null ? List.<String>of() : e.trackingNumbers()) {
            chain = chain.chain(() -> CaseContactEntity.forUpdate(trackingNumber)
                    .chain(c -> c == null
                            ? Uni.createFrom().voidItem()
                            : notifications.toApplicant(event.id(), Notices.appealFiled(trackingNumber, e), c)));
        }
        return chain;
    }

    public Uni<Void> appealDecided(CloudEvent event, AppealEvents.Decided e) {
        Uni<Void> chain = remember(e.appealNumber(), e.kind());
        for (String trackingNumber : e.trackingNumbers() == null ? List.<String>of() : e.trackingNumbers()) {
            chain = chain.chain(() -> CaseContactEntity.forUpdate(trackingNumber)
                    .chain(c -> c == null
                            ? Uni.createFrom().voidItem()
                            : notifications.toApplicant(event.id(), Notices.appealDecided(trackingNumber, e), c)));
        }
        return chain;
    }
}
