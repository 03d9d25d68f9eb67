package org.ogi.intake.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statutory received date of Art. 31, which starts every clock. Channels whose date is the day both sides
 * confirm have none until the confirmation is recorded.
 */
public final class ReceivedDateRule {

    private ReceivedDateRule() {}

    /** How a letter arrived, as the clerk enters it from the envelope and the signed delivery slip. */
    public record LetterArrival(Postage postage, LocalDate signedForOn, LocalDate postmarkedOn) {}

    /**
     * @param receivedDate the received date, or empty while the request waits for confirmation
     * @param violations   inputs that make the date impossible to decide; nothing is registered then
     */
    public record Decision(Optional<LocalDate> receivedDate, List<Violation> violations) {

        public RequestStatus status() {
            return receivedDate.isPresent() ? RequestStatus.RECEIVED : RequestStatus.AWAITING_CONFIRMATION;
        }
    }

    /**
     * The received date known when the request is registered on {@code today}.
     *
     * @param handedInOn  for IN_PERSON and ORAL: the day the applicant handed the request in or dictated it, which
     *                    the clerk may enter when registering it later; null means today
     * @param maxDaysBack how many days before today {@code handedInOn} may be (agency setting)
     */
    public static Decision atRegistration(
            Channel channel,
            LetterArrival letter,
            boolean applicantConfirmed,
            LocalDate handedInOn,
            LocalDate today,
            int maxDaysBack) {
        List<Violation> violations = new ArrayList<>();
        LocalDate handedIn = handedInOn == null ? today : handedInOn;
        if (handedInOn != null) {
            if (channel != Channel.IN_PERSON && channel != Channel.ORAL) {
                violations.add(new Violation(
                        "receivedOn",
                        "only IN_PERSON and ORAL requests take the day they were"
                                + " handed in; the other channels' received date follows Art. 31"));
            }
            notInFuture("receivedOn", handedInOn, today, violations);
            if (handedInOn.isBefore(today.minusDays(maxDaysBack))) {
                violations.add(new Violation(
                        "receivedOn", "must not be more than " + maxDaysBack + " days before the day of registration"));
            }
        }
        Optional<LocalDate> received = switch (channel) {
            // Art. 31(一): the day of submission, which the clerk enters if the request is registered later.
            case IN_PERSON -> Optional.of(handedIn);
            // Art. 29: the office fills in the form and the applicant confirms it; Art. 31 is silent, so the day it
            // is recorded counts like a submission at the counter (UNCONFIRMED, rules §1.5).
            case ORAL -> {
                if (!applicantConfirmed) {
                    violations.add(new Violation(
                            "applicantConfirmed", "the applicant must confirm the form the office filled in for them"));
                }
                yield Optional.of(handedIn);
            }
            // The system's acknowledgement is the confirmation of both sides.
            case WEB -> Optional.of(today);
            case FAX -> Optional.empty();
            case LETTER -> letter(letter, today, violations);
        };
        if (channel != Channel.LETTER && letter != null) {
            violations.add(new Violation("letter", "only a LETTER has postage and postal dates"));
        }
        return new Decision(violations.isEmpty() ? received : Optional.empty(), List.copyOf(violations));
    }

    private static Optional<LocalDate> letter(LetterArrival letter, LocalDate today, List<Violation> violations) {
        if (letter == null || letter.postage() == null) {
            violations.add(new Violation("letter.postage", "say whether the letter was REGISTERED or ORDINARY post"));
            return Optional.empty();
        }
        notInFuture("letter.postmarkedOn", letter.postmarkedOn(), today, violations);
        if (letter.postage() == Postage.ORDINARY) {
            // Art. 31: the office confirms with the applicant; the confirmation day is the received date.
            if (letter.signedForOn() != null) {
                violations.add(new Violation("letter.signedForOn", "ordinary post is not signed for"));
            }
            return Optional.empty();
        }
        LocalDate signed = letter.signedForOn();
        if (signed == null) {
            violations.add(new Violation("letter.signedForOn", "the day the agency signed for the letter is required"));
            return Optional.empty();
        }
        notInFuture("letter.signedForOn", signed, today, violations);
        if (letter.postmarkedOn() != null && signed.isBefore(letter.postmarkedOn())) {
            violations.add(new Violation("letter.signedForOn", "a letter cannot be signed for before its postmark"));
        }
        return Optional.of(signed);
    }

    /**
     * Checks the confirmation of a waiting request (ordinary post, fax): the day both sides confirmed, between the
     * day the request arrived and today.
     */
    public static List<Violation> confirmation(
            RequestStatus status, LocalDate confirmedOn, LocalDate arrivedOn, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (status != RequestStatus.AWAITING_CONFIRMATION) {
            violations.add(new Violation("status", "the request is not waiting for confirmation"));
            return violations;
        }
        notInFuture("confirmedOn", confirmedOn, today, violations);
        if (confirmedOn.isBefore(arrivedOn)) {
            violations.add(new Violation("confirmedOn", "cannot be before the request arrived on " + arrivedOn));
        }
        return violations;
    }

    private static void notInFuture(String field, LocalDate date, LocalDate today, List<Violation> violations) {
        if (date != null && date.isAfter(today)) {
            violations.add(new Violation(field, "must not be in the future"));
        }
    }
}
