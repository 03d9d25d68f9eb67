package org.ogi.intake.service;

import static org.ogi.intake.persistence.InformationRequestEntity.name;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.RequestConfirmed;
import org.ogi.contracts.v1.RequestReceived;
import org.ogi.intake.config.IntakeConfig;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.domain.IdNumbers;
import org.ogi.intake.domain.IdType;
import org.ogi.intake.domain.IdentityNumbers;
import org.ogi.intake.domain.MissingContent;
import org.ogi.intake.domain.ReceivedDateRule;
import org.ogi.intake.domain.RecordCorrectionRule;
import org.ogi.intake.domain.RepeatRule;
import org.ogi.intake.domain.RequestContents;
import org.ogi.intake.domain.RequestFlag;
import org.ogi.intake.domain.RequestKind;
import org.ogi.intake.domain.RequestStatus;
import org.ogi.intake.domain.Violation;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.platform.outbox.Outbox;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;

/** Registers and confirms requests: number, record and events commit together. */
@ApplicationScoped
public class Registrations {

    private final RegistrationBatcher batcher;
    private final RequestEvents events;
    private final Outbox outbox;
    private final IntakeConfig config;
    private final Clock clock;

    Registrations(RegistrationBatcher batcher, RequestEvents events, Outbox outbox, IntakeConfig config, Clock clock) {
        this.batcher = batcher;
        this.events = events;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    /** The request a web client already created with this key, if any. */
    @WithSession
    public Uni<InformationRequestEntity> findSubmission(Registrant registrant) {
        return InformationRequestEntity.findByIdempotencyKey(registrant.applicantUserId(), registrant.idempotencyKey());
    }

    /**
     * Registers a request. All input errors are reported together before anything is written; then the batcher
     * numbers, flags possible repeats, stores and announces the request in one transaction.
     * A web retry that races the first attempt fails on the idempotency constraint and rolls back, number included.
     */
    public Uni<InformationRequestEntity> register(NewRequest input, Registrant registrant) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        NewRequest.Letter letter = input.letter();
        ReceivedDateRule.Decision decision = ReceivedDateRule.atRegistration(
                input.channel(),
                letter == null
                        ? null
                        : new ReceivedDateRule.LetterArrival(
                                letter.postage(), letter.signedForOn(), letter.postmarkedOn()),
                Boolean.TRUE.equals(input.applicantConfirmed()),
                input.receivedOn(),
                today,
                config.receivedDateMaxDaysBack());
        List<Violation> violations = new ArrayList<>(decision.violations());
        violations.addAll(RecordCorrectionRule.check(kind(input), asked(input.recordCorrection())));
        List<RequestFlag> flags = new ArrayList<>();
        identityProblem(input.applicant(), today).ifPresent(problem -> {
            if (registrant.isApplicant()) {
                violations.add(problem);
            } else {
                // Paper is registered as written; the clerk's flag makes someone look at it.
                flags.add(RequestFlag.INVALID_ID_AS_WRITTEN);
            }
        });
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        InformationRequestEntity request = newRequest(input, registrant, now);
        List<MissingContent> missing = contents(input).missing();
        if (!missing.isEmpty()) {
            flags.add(RequestFlag.INCOMPLETE);
        }
        request.missingContents = missing.stream().map(Enum::name).toArray(String[]::new);
        request.status = decision.status();
        request.receivedDate = decision.receivedDate().orElse(null);
        request.flags = flags.stream().map(Enum::name).toArray(String[]::new);
        return batcher.register(request, today.getYear());
    }

    /**
     * Records the confirmation of Art. 31 for a request that waits for it: the received date is set and the clock
     * starts, announced as confirmed and then received.
     */
    @WithTransaction
    public Uni<InformationRequestEntity> confirm(
            String trackingNumber, Optional<LocalDate> confirmedOn, String agency, String clerk) {
        LocalDate today = LocalDate.now(clock);
        return InformationRequestEntity.findByTrackingNumber(trackingNumber).chain(request -> {
            if (request == null || !request.agency.equals(agency)) {
                throw ProblemException.notFound("request " + trackingNumber + " not found");
            }
            RequestStatus status = request.status;
            if (status != RequestStatus.AWAITING_CONFIRMATION) {
                throw new ProblemException(new Problem(
                                ProblemKind.INVALID_TRANSITION, "only a request awaiting confirmation can be confirmed")
                        .with("currentState", status.name())
                        .with("allowedActions", List.of()));
            }
            LocalDate on = confirmedOn.orElse(today);
            List<Violation> violations = ReceivedDateRule.confirmation(
                    status,
                    on,
                    request.registeredAt.atZoneSameInstant(clock.getZone()).toLocalDate(),
                    today);
            if (!violations.isEmpty()) {
                throw invalid(violations);
            }
            request.status = RequestStatus.RECEIVED;
            request.receivedDate = on;
            request.confirmedOn = on;
            request.confirmedBy = clerk;
            return outbox.append(
                            Events.REQUEST_CONFIRMED,
                            trackingNumber,
                            new RequestConfirmed(trackingNumber, request.agency, request.channel.name(), on, clerk))
                    .chain(() -> events.of(request.agency, List.of(request)))
                    .chain(outbox::appendAll)
                    .replaceWith(request);
        });
    }

    private static Optional<Violation> identityProblem(NewRequest.Applicant applicant, LocalDate today) {
        IdType idType = applicant.idType();
        if (idType == null
                || applicant.idNumber() == null
                || applicant.idNumber().isBlank()) {
            return Optional.empty();
        }
        Optional<String> document = IdentityNumbers.documentProblem(applicant.type(), idType);
        if (document.isPresent()) {
            return document.map(message -> new Violation("applicant.idType", message));
        }
        return IdentityNumbers.problem(idType, applicant.idNumber(), today)
                .map(message -> new Violation("applicant.idNumber", message));
    }

    private static RequestContents contents(NewRequest input) {
        NewRequest.Applicant a = input.applicant();
        NewRequest.Information info = input.information();
        NewRequest.Delivery delivery = input.delivery();
        return new RequestContents(
                a.name(),
                a.idType(),
                a.idNumber(),
                RequestContents.anyOf(a.phone(), a.email(), a.address()),
                info == null
                        ? List.of()
                        : RequestContents.anyOf(info.title(), info.documentNumber(), info.description()),
                delivery == null ? null : delivery.form(),
                delivery == null ? null : delivery.method());
    }

    private static InformationRequestEntity newRequest(NewRequest input, Registrant registrant, OffsetDateTime now) {
        InformationRequestEntity request = new InformationRequestEntity();
        request.agency = registrant.agency();
        request.channel = input.channel();
        request.registeredAt = now;
        request.registeredBy = registrant.registeredBy();
        request.applicantUserId = registrant.applicantUserId();
        request.idempotencyKey = registrant.idempotencyKey();
        request.requestFingerprint = registrant.fingerprint();
        NewRequest.Applicant applicant = input.applicant();
        request.applicantType = applicant.type();
        request.applicantCategory = applicant.type().category(applicant.category());
        request.applicantName =
                applicant.name() == null ? null : applicant.name().strip();
        request.idType = applicant.idType();
        request.idNumber = applicant.idNumber();
        request.phone = applicant.phone();
        request.email = applicant.email();
        request.address = applicant.address();
        request.legalRepresentative = applicant.legalRepresentative();
        request.contactPerson = applicant.contactPerson();
        request.identityKey =
                RepeatRule.identityKey(applicant.idType(), applicant.idNumber()).orElse(null);
        request.namePhoneKey =
                RepeatRule.namePhoneKey(applicant.name(), applicant.phone()).orElse(null);
        if (input.information() != null) {
            request.infoTitle = input.information().title();
            request.infoDocumentNumber = input.information().documentNumber();
            request.infoDescription = input.information().description();
        }
        if (input.delivery() != null) {
            request.deliveryForm = input.delivery().form();
            request.deliveryMethod = input.delivery().method();
        }
        if (input.letter() != null) {
            request.postage = input.letter().postage();
            request.signedForOn = input.letter().signedForOn();
            request.postmarkedOn = input.letter().postmarkedOn();
        }
        if (input.channel() == Channel.ORAL) {
            request.applicantConfirmedAt = now;
        }
        request.requestKind = kind(input).name();
        NewRequest.RecordCorrection correction = input.recordCorrection();
        if (correction != null) {
            request.recordToCorrect = correction.record();
            request.correctionSought = correction.correction();
            request.correctionEvidence = correction.evidence() == null
                    ? new String[0]
                    : correction.evidence().stream()
                            .filter(e -> e != null && !e.isBlank())
                            .toArray(String[]::new);
        }
        return request;
    }

    private static RequestKind kind(NewRequest input) {
        return input.kind() == null ? RequestKind.INFORMATION : input.kind();
    }

    private static RecordCorrectionRule.Asked asked(NewRequest.RecordCorrection correction) {
        return correction == null
                ? null
                : new RecordCorrectionRule.Asked(correction.record(), correction.correction(), correction.evidence());
    }

    static String requestText(InformationRequestEntity r) {
        return RepeatRule.text(r.infoTitle, r.infoDocumentNumber, r.infoDescription);
    }

    private static ProblemException invalid(List<Violation> violations) {
        return ProblemException.invalid(violations.stream()
                .map(v -> new Problem.FieldError(v.field(), v.message()))
                .toList());
    }

    /**
     * Events never carry the full identity number.
     *
     * @param agencyName               from the directory, for letters
     * @param applicantRequestsInMonth the fee measures' monthly count, this request included
     */
    static RequestReceived receivedEvent(InformationRequestEntity r, String agencyName, int applicantRequestsInMonth) {
        return new RequestReceived(
                r.trackingNumber,
                r.agency,
                r.channel.name(),
                r.receivedDate,
                r.registeredAt,
                applicant(r),
                new RequestReceived.RequestedInformation(r.infoTitle, r.infoDocumentNumber, r.infoDescription),
                new RequestReceived.Delivery(name(r.deliveryForm), name(r.deliveryMethod)),
                List.of(r.missingContents),
                List.of(r.flags),
                List.of(r.possibleRepeatOf),
                agencyName,
                r.requestKind,
                r.recordToCorrect == null
                        ? null
                        : new RequestReceived.RecordCorrection(
                                r.recordToCorrect, r.correctionSought, List.of(r.correctionEvidence)),
                applicantRequestsInMonth);
    }

    /** The applicant as events carry them: the identity number masked. */
    static RequestReceived.Applicant applicant(InformationRequestEntity r) {
        return new RequestReceived.Applicant(
                name(r.applicantType),
                name(r.applicantCategory),
                r.applicantName,
                name(r.idType),
                IdNumbers.mask(r.idNumber),
                r.phone,
                r.email,
                r.address,
                r.applicantUserId,
                r.legalRepresentative,
                r.contactPerson);
    }
}
