package org.ogi.intake.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.intake.domain.ApplicantCategory;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.IdNumbers;
import org.ogi.intake.domain.ReceivedDateRule;
import org.ogi.intake.domain.RequestStatus;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.intake.persistence.TrackingNumbers;
import org.ogi.intake.rest.RegistrationRequest;
import org.ogi.platform.outbox.Outbox;
import org.ogi.platform.problem.ProblemException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Registers requests: number, record and the received event commit together. */
@ApplicationScoped
public class Registrations {

    /** Channels a clerk registers at the counter in this version; post, fax and web follow with their rules. */
    static final Set<Channel> COUNTER_CHANNELS = EnumSet.of(Channel.IN_PERSON, Channel.ORAL);

    private final TrackingNumbers trackingNumbers;
    private final Outbox outbox;
    private final Clock clock;

    Registrations(TrackingNumbers trackingNumbers, Outbox outbox, Clock clock) {
        this.trackingNumbers = trackingNumbers;
        this.outbox = outbox;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<InformationRequestEntity> registerAtCounter(RegistrationRequest input, String agency, String clerk) {
        if (!COUNTER_CHANNELS.contains(input.channel())) {
            throw ProblemException.invalid("channel", "a clerk registers IN_PERSON or ORAL requests here");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        LocalDate received = ReceivedDateRule.atRegistration(input.channel(), today).orElseThrow();
        return trackingNumbers.next(agency, today.getYear()).chain(trackingNumber -> {
            InformationRequestEntity request = newRequest(input, agency, clerk, now);
            request.trackingNumber = trackingNumber.toString();
            request.status = RequestStatus.RECEIVED.name();
            request.receivedDate = received;
            return request.<InformationRequestEntity>persist()
                    .chain(() -> outbox.append(Events.REQUEST_RECEIVED, request.trackingNumber, receivedEvent(request)))
                    .replaceWith(request);
        });
    }

    private static InformationRequestEntity newRequest(RegistrationRequest input, String agency, String clerk,
            OffsetDateTime now) {
        InformationRequestEntity request = new InformationRequestEntity();
        request.agency = agency;
        request.channel = input.channel().name();
        request.registeredAt = now;
        request.registeredBy = clerk;
        RegistrationRequest.Applicant applicant = input.applicant();
        request.applicantType = applicant.type().name();
        request.applicantCategory = ApplicantCategory.of(applicant.type(), applicant.category()).name();
        request.applicantName = applicant.name().strip();
        request.idType = applicant.idType() == null ? null : applicant.idType().name();
        request.idNumber = applicant.idNumber();
        request.phone = applicant.phone();
        request.email = applicant.email();
        request.address = applicant.address();
        request.infoTitle = input.information().title();
        request.infoDocumentNumber = input.information().documentNumber();
        request.infoDescription = input.information().description();
        if (input.delivery() != null) {
            request.deliveryForm = input.delivery().form() == null ? null : input.delivery().form().name();
            request.deliveryMethod = input.delivery().method() == null ? null : input.delivery().method().name();
        }
        return request;
    }

    /** Events never carry the full identity number. */
    static RequestReceived receivedEvent(InformationRequestEntity r) {
        return new RequestReceived(r.trackingNumber, r.agency, r.channel, r.receivedDate, r.registeredAt,
                new RequestReceived.Applicant(r.applicantType, r.applicantCategory, r.applicantName, r.idType,
                        IdNumbers.mask(r.idNumber), r.phone, r.email, r.address, r.applicantUserId),
                new RequestReceived.RequestedInformation(r.infoTitle, r.infoDocumentNumber, r.infoDescription),
                new RequestReceived.Delivery(r.deliveryForm, r.deliveryMethod),
                List.of(), List.of());
    }
}
