package org.ogi.intake.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ogi.intake.domain.Channel;
import org.ogi.intake.persistence.InformationRequestEntity;
import org.ogi.platform.persistence.Constraints;
import org.ogi.platform.problem.Problem;
import org.ogi.platform.problem.ProblemException;
import org.ogi.platform.problem.ProblemKind;

/**
 * Who registers a request and how a web retry is answered. A clerk registers paper, fax, counter and oral requests
 * for their agency; an applicant submits their own on the web to an agency of the directory, with an Idempotency-Key:
 * a retry with the same key and body answers with the first request, the same key with another body is refused.
 */
@ApplicationScoped
public class Submissions {

    /** The unique constraint on (applicant_user_id, idempotency_key) (V2). */
    static final String IDEMPOTENCY_CONSTRAINT = "information_request_idempotency";

    /** The registered request; {@code replayed} when it is the one a retry with the same key had made. */
    public record Outcome(InformationRequestEntity request, boolean replayed) {}

    private final Registrations registrations;
    private final AgencyDirectory directory;
    private final ObjectMapper json;

    Submissions(Registrations registrations, AgencyDirectory directory, ObjectMapper json) {
        this.registrations = registrations;
        this.directory = directory;
        this.json = json;
    }

    /** @param idempotencyKey the header's name in problems is {@code Idempotency-Key} */
    public Uni<Outcome> submit(NewRequest request, Requester requester, String idempotencyKey) {
        if (requester.registersForAgency()) {
            return registrations.register(request, clerk(request, requester)).map(saved -> new Outcome(saved, false));
        }
        return applicant(request, requester, idempotencyKey)
                .chain(registrant -> registrations
                        .findSubmission(registrant)
                        .chain(existing -> existing != null
                                ? Uni.createFrom().item(replayed(existing, registrant))
                                : registrations
                                        .register(request, registrant)
                                        .map(saved -> new Outcome(saved, false))
                                        // Lost the race against the same key: the constraint kept one request, answer
                                        // with it.
                                        .onFailure(failure -> Constraints.violated(failure, IDEMPOTENCY_CONSTRAINT))
                                        .recoverWithUni(() -> registrations
                                                .findSubmission(registrant)
                                                .map(first -> replayed(first, registrant)))));
    }

    private static Registrant clerk(NewRequest request, Requester requester) {
        String agency = requester.staffAgency();
        if (request.channel() == Channel.WEB) {
            throw ProblemException.invalid("channel", "web requests are submitted by the applicant");
        }
        if (request.agency() != null && !request.agency().equals(agency)) {
            throw ProblemException.invalid("agency", "a clerk registers requests for their own agency");
        }
        return Registrant.clerk(agency, requester.userName());
    }

    /** An applicant submits on the web, with a key for retries, to an agency of the directory. */
    private Uni<Registrant> applicant(NewRequest request, Requester requester, String idempotencyKey) {
        if (request.channel() != Channel.WEB) {
            throw ProblemException.forbidden("applicants submit WEB requests; " + request.channel()
                    + " requests are registered by the agency's intake clerk");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            errors.add(new Problem.FieldError("Idempotency-Key", "required for web submissions"));
        }
        Uni<Boolean> known = Uni.createFrom().item(false);
        if (request.agency() == null) {
            errors.add(new Problem.FieldError("agency", "name the agency the request is made to"));
        } else {
            known = directory.find(request.agency()).map(Optional::isPresent);
        }
        return known.map(agencyKnown -> {
            if (request.agency() != null && !agencyKnown) {
                errors.add(new Problem.FieldError("agency", "unknown agency; GET /api/agencies lists them"));
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return Registrant.applicant(request.agency(), requester.userId(), idempotencyKey, fingerprint(request));
        });
    }

    /** The first request made with the key, provided the retry is the same request. */
    private static Outcome replayed(InformationRequestEntity existing, Registrant retry) {
        if (existing.requestFingerprint != null && !existing.requestFingerprint.equals(retry.fingerprint())) {
            throw new ProblemException(new Problem(
                            ProblemKind.IDEMPOTENCY_KEY_REUSED,
                            "this Idempotency-Key was already used for request " + existing.trackingNumber
                                    + " with a different body; use a new key for a new request")
                    .with("trackingNumber", existing.trackingNumber));
        }
        return new Outcome(existing, true);
    }

    /** Records serialise their components in declaration order, so equal requests give equal fingerprints. */
    private String fingerprint(NewRequest request) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
