package org.ogi.deadline.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.ogi.law.ConsultationKind;

/** A fact about a case that moves one of its clocks; the clocks are derived from the list of these. */
public sealed interface ClockEvent {

    /** The legal date of the fact; derivation orders events by it. */
    LocalDate occurredOn();

    /**
     * Art. 31 received date: every clock of the case starts from here. {@code recordCorrection}: an Art. 41 request
     * to correct the applicant's own records, which has its own clock instead of the Art. 33 reply.
     */
    record Received(LocalDate receivedDate, boolean recordCorrection) implements ClockEvent {
        public Received {
            Objects.requireNonNull(receivedDate, "receivedDate");
        }

        @Override
        public LocalDate occurredOn() {
            return receivedDate;
        }
    }

    /** Art. 31(二): an ordinary letter arrived and must be confirmed with the applicant the same day. */
    record Arrived(LocalDate arrivedOn) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return arrivedOn;
        }
    }

    /** The agency accepted the request as it stands: no correction notice is needed. */
    record Accepted(LocalDate occurredOn) implements ClockEvent {}

    /** Art. 30 notice; {@code periodWorkingDays <= 0} means the notice named no period. */
    record CorrectionRequested(LocalDate noticeDate, int periodWorkingDays) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return noticeDate;
        }
    }

    record Corrected(LocalDate correctedReceivedDate) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return correctedReceivedDate;
        }
    }

    /** {@code letterReceivedOn} may be null when the party's receipt is not known yet. */
    record ConsultationStarted(
            String consultationId, ConsultationKind kind, LocalDate letterSentOn, LocalDate letterReceivedOn)
            implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return letterSentOn;
        }
    }

    /** Arts. 32, 34: the consulted party's receipt of the letter, recorded after the sending. */
    record ConsultationLetterReceived(String consultationId, LocalDate receivedOn) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return receivedOn;
        }
    }

    /**
     * {@code outcome} CONSENT, OBJECTION, NO_ANSWER (a third party's silence, Art. 32) or DEEMED_CONSENT (another
     * agency's silence, Art. 34); {@code answeredOn} the day the answer arrived or the silence was recorded.
     */
    record ConsultationEnded(String consultationId, String outcome, LocalDate answeredOn) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return answeredOn;
        }
    }

    /** Art. 33 ¶2: approved on {@code occurredOn}; {@code toldOn} the day the applicant was told, null if not known. */
    record Extended(LocalDate occurredOn, int workingDays, LocalDate toldOn) implements ClockEvent {}

    /** Art. 35: the head of the OGI office set a longer reply period ending on {@code dueDate}. */
    record ReplyPeriodSet(LocalDate occurredOn, LocalDate dueDate) implements ClockEvent {}

    /** {@code receivedOn}: the applicant's receipt when known at issue, else null (a FeeNoticeReceived may follow). */
    record FeeNoticeIssued(String feeId, LocalDate noticeDate, LocalDate receivedOn) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return noticeDate;
        }
    }

    /** The day the applicant received fee notice {@code feeId}: the payment period runs from the next day. */
    record FeeNoticeReceived(String feeId, LocalDate receivedOn) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return receivedOn;
        }
    }

    record FeePaid(String feeId, LocalDate paidOn) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return paidOn;
        }
    }

    record Replied(LocalDate repliedOn) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return repliedOn;
        }
    }

    /** The case ended without a reply clock to keep: withdrawn, deemed abandoned or closed. */
    record Stopped(LocalDate occurredOn, String reason) implements ClockEvent {}
}
