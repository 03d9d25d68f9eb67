package org.ogi.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceivedDateRuleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void inPersonAndWebRequestsAreReceivedTheDayTheyAreSubmitted() {
        for (Channel channel : new Channel[] {Channel.IN_PERSON, Channel.WEB}) {
            ReceivedDateRule.Decision decision = ReceivedDateRule.atRegistration(channel, null, false, null, TODAY, 10);
            assertThat(decision.receivedDate()).contains(TODAY);
            assertThat(decision.status()).isEqualTo(RequestStatus.RECEIVED);
        }
    }

    @Test
    void anOralRequestIsReceivedTheDayTheApplicantConfirmsTheFormFilledInForThem() {
        assertThat(ReceivedDateRule.atRegistration(Channel.ORAL, null, true, null, TODAY, 10)
                        .receivedDate())
                .contains(TODAY);
        assertThat(ReceivedDateRule.atRegistration(Channel.ORAL, null, false, null, TODAY, 10)
                        .violations())
                .extracting(Violation::field)
                .containsExactly("applicantConfirmed");
    }

    @Test
    void aCounterRequestRegisteredLaterIsReceivedTheDayItWasHandedIn() {
        // Issue 10 item 12 (Art. 31(一)): handed in 2024-09-27, registered 2024-09-30 -> received 2024-09-27.
        LocalDate registered = LocalDate.of(2024, 9, 30);
        for (Channel channel : new Channel[] {Channel.IN_PERSON, Channel.ORAL}) {
            ReceivedDateRule.Decision decision =
                    ReceivedDateRule.atRegistration(channel, null, true, LocalDate.of(2024, 9, 27), registered, 10);
            assertThat(decision.violations()).isEmpty();
            assertThat(decision.receivedDate()).contains(LocalDate.of(2024, 9, 27));
        }
    }

    @Test
    void theHandedInDayIsNeitherInTheFutureNorTooLongAgoNorForOtherChannels() {
        LocalDate registered = LocalDate.of(2024, 9, 30);
        assertThat(ReceivedDateRule.atRegistration(
                                Channel.IN_PERSON, null, false, LocalDate.of(2024, 10, 1), registered, 10)
                        .violations())
                .extracting(Violation::message)
                .containsExactly("must not be in the future");
        assertThat(ReceivedDateRule.atRegistration(
                                Channel.IN_PERSON, null, false, LocalDate.of(2024, 9, 19), registered, 10)
                        .violations())
                .extracting(Violation::field)
                .containsExactly("receivedOn");
        assertThat(ReceivedDateRule.atRegistration(
                                Channel.IN_PERSON, null, false, LocalDate.of(2024, 9, 20), registered, 10)
                        .violations())
                .isEmpty();
        assertThat(ReceivedDateRule.atRegistration(Channel.WEB, null, false, LocalDate.of(2024, 9, 27), registered, 10)
                        .violations())
                .extracting(Violation::field)
                .containsExactly("receivedOn");
    }

    @Test
    void registeredPostIsReceivedTheDayTheAgencySignedForIt() {
        var letter = new ReceivedDateRule.LetterArrival(
                Postage.REGISTERED, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 18));

        ReceivedDateRule.Decision decision =
                ReceivedDateRule.atRegistration(Channel.LETTER, letter, false, null, TODAY, 10);

        assertThat(decision.receivedDate()).contains(LocalDate.of(2026, 11, 20));
        assertThat(decision.violations()).isEmpty();
    }

    @Test
    void aSignedForDateInTheFutureOrBeforeThePostmarkOrMissingIsRejected() {
        assertThat(fieldsOf(new ReceivedDateRule.LetterArrival(Postage.REGISTERED, TODAY.plusDays(1), null)))
                .containsExactly("letter.signedForOn");
        assertThat(fieldsOf(new ReceivedDateRule.LetterArrival(
                        Postage.REGISTERED, LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 18))))
                .containsExactly("letter.signedForOn");
        assertThat(fieldsOf(new ReceivedDateRule.LetterArrival(Postage.REGISTERED, null, null)))
                .containsExactly("letter.signedForOn");
        assertThat(fieldsOf(null)).containsExactly("letter.postage");
    }

    @Test
    void ordinaryPostAndFaxWaitForConfirmationWithoutAReceivedDate() {
        var ordinary = new ReceivedDateRule.LetterArrival(Postage.ORDINARY, null, LocalDate.of(2026, 11, 18));
        for (ReceivedDateRule.Decision decision : new ReceivedDateRule.Decision[] {
            ReceivedDateRule.atRegistration(Channel.LETTER, ordinary, false, null, TODAY, 10),
            ReceivedDateRule.atRegistration(Channel.FAX, null, false, null, TODAY, 10)
        }) {
            assertThat(decision.violations()).isEmpty();
            assertThat(decision.receivedDate()).isEmpty();
            assertThat(decision.status()).isEqualTo(RequestStatus.AWAITING_CONFIRMATION);
        }
    }

    @Test
    void aConfirmationLiesBetweenArrivalAndToday() {
        LocalDate arrived = LocalDate.of(2026, 11, 19);
        assertThat(ReceivedDateRule.confirmation(RequestStatus.AWAITING_CONFIRMATION, TODAY, arrived, TODAY))
                .isEmpty();
        assertThat(ReceivedDateRule.confirmation(
                        RequestStatus.AWAITING_CONFIRMATION, TODAY.plusDays(1), arrived, TODAY))
                .extracting(Violation::field)
                .containsExactly("confirmedOn");
        assertThat(ReceivedDateRule.confirmation(
                        RequestStatus.AWAITING_CONFIRMATION, arrived.minusDays(1), arrived, TODAY))
                .extracting(Violation::field)
                .containsExactly("confirmedOn");
        assertThat(ReceivedDateRule.confirmation(RequestStatus.RECEIVED, TODAY, arrived, TODAY))
                .extracting(Violation::field)
                .containsExactly("status");
    }

    private static java.util.List<String> fieldsOf(ReceivedDateRule.LetterArrival letter) {
        return ReceivedDateRule.atRegistration(Channel.LETTER, letter, false, null, TODAY, 10).violations().stream()
                .map(Violation::field)
                .toList();
    }
}
