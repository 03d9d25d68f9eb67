package org.ogi.deadline.domain;

import org.ogi.law.ConsultationKind;

import java.time.LocalDate;
import java.util.Objects;

/** A fact about a case that moves one of its clocks; the clocks are derived from the list of these. */
public sealed interface ClockEvent {

    /** The legal date of the fact; derivation orders events by it. */
    LocalDate occurredOn();

    /** Art. 31 received date: every clock of the case starts from here. */
    record Received(LocalDate receivedDate) implements ClockEvent {
        public Received {
            Objects.requireNonNull(receivedDate, "receivedDate");
        }

        @Override
        public LocalDate occurredOn() {
            return receivedDate;
        }
    }

    /** The agency accepted the request as it stands: no correction notice is needed. */
    record Accepted(LocalDate occurredOn) implements ClockEvent {
    }

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
    record ConsultationStarted(String consultationId, ConsultationKind kind, LocalDate letterSentOn,
            LocalDate letterReceivedOn) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return letterSentOn;
        }
    }

    /** {@code outcome} CONSENT, OBJECTION or NO_ANSWER; {@code answeredOn} the day the answer arrived or the period ran out. */
    record ConsultationEnded(String consultationId, String outcome, LocalDate answeredOn) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return answeredOn;
        }
    }

    record Extended(LocalDate occurredOn, int workingDays) implements ClockEvent {
    }

    record FeeNoticeIssued(String feeId, LocalDate noticeDate) implements ClockEvent {
        @Override
        public LocalDate occurredOn() {
            return noticeDate;
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
    record Stopped(LocalDate occurredOn, String reason) implements ClockEvent {
    }
}
