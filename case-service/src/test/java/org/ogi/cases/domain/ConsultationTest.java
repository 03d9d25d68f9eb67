package org.ogi.cases.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ogi.law.ConsultationKind;
import org.ogi.law.ReplyRegime;

class ConsultationTest {

    private static final LocalDate SENT = LocalDate.of(2024, 4, 30);
    /** T9: 15 working days from the letter's receipt on 2024-04-30. */
    private static final LocalDate ANSWER_DUE = LocalDate.of(2024, 5, 23);

    private static Consultation open(ConsultationKind kind, LocalDate receivedOn, LocalDate answerDue) {
        return new Consultation("c1", kind, "某公司", SENT, receivedOn, answerDue, null, null, null);
    }

    /** Issue 10 item 4: letter sent and received 2024-04-30; NO_ANSWER entered 2024-05-06 is refused until 05-24. */
    @Test
    void noAnswerOnlyAfterTheFifteenWorkingDaysFromReceipt() {
        Consultation thirdParty = open(ConsultationKind.THIRD_PARTY, SENT, ANSWER_DUE);
        assertThat(thirdParty.answerProblems(
                        ConsultationOutcome.NO_ANSWER, null, null, ReplyRegime.OGI_2019, LocalDate.of(2024, 5, 6)))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("outcome");
                    assertThat(p.message()).contains("from 2024-05-24", "until 2024-05-23", "Art. 32");
                });
        assertThat(thirdParty.answerProblems(
                        ConsultationOutcome.NO_ANSWER, null, null, ReplyRegime.OGI_2019, ANSWER_DUE))
                .isNotEmpty();
        assertThat(thirdParty.answerProblems(
                        ConsultationOutcome.NO_ANSWER, null, null, ReplyRegime.OGI_2019, LocalDate.of(2024, 5, 24)))
                .isEmpty();
    }

    @Test
    void silenceNeedsTheReceiptDayAndTheAnnouncedPeriodEnd() {
        assertThat(open(ConsultationKind.THIRD_PARTY, null, null)
                        .answerProblems(
                                ConsultationOutcome.NO_ANSWER,
                                null,
                                null,
                                ReplyRegime.OGI_2019,
                                LocalDate.of(2024, 9, 1)))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("receipt of the letter");
        assertThat(open(ConsultationKind.THIRD_PARTY, SENT, null)
                        .answerProblems(
                                ConsultationOutcome.NO_ANSWER,
                                null,
                                null,
                                ReplyRegime.OGI_2019,
                                LocalDate.of(2024, 9, 1)))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("not known yet");
    }

    /** Art. 34: another agency's silence is deemed consent; a third party's silence is not (Art. 32). */
    @Test
    void anotherAgencysSilenceIsDeemedConsentAndAThirdPartysIsNot() {
        LocalDate after = LocalDate.of(2024, 5, 24);
        Consultation agency = open(ConsultationKind.OTHER_AGENCY, SENT, ANSWER_DUE);
        assertThat(agency.answerProblems(ConsultationOutcome.DEEMED_CONSENT, null, null, ReplyRegime.OGI_2019, after))
                .isEmpty();
        assertThat(agency.answerProblems(ConsultationOutcome.NO_ANSWER, null, null, ReplyRegime.OGI_2019, after))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("DEEMED_CONSENT");
        Consultation thirdParty = open(ConsultationKind.THIRD_PARTY, SENT, ANSWER_DUE);
        assertThat(thirdParty.answerProblems(
                        ConsultationOutcome.DEEMED_CONSENT, null, null, ReplyRegime.OGI_2019, after))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("NO_ANSWER");
    }

    /** OGI Reg 2008 Art. 23 gave the third party no period and knew no deemed consent. */
    @Test
    void under2008ThereIsNoAnswerPeriodAndNoDeemedConsent() {
        Consultation thirdParty = open(ConsultationKind.THIRD_PARTY, null, null);
        assertThat(thirdParty.answerProblems(
                        ConsultationOutcome.NO_ANSWER, null, null, ReplyRegime.OGI_2008, SENT.plusDays(1)))
                .isEmpty();
        Consultation agency = open(ConsultationKind.OTHER_AGENCY, null, null);
        assertThat(agency.answerProblems(
                        ConsultationOutcome.DEEMED_CONSENT, null, null, ReplyRegime.OGI_2008, SENT.plusDays(30)))
                .isNotEmpty();
    }

    @Test
    void anAnswerHasItsDayAndAnObjectionItsGrounds() {
        Consultation thirdParty = open(ConsultationKind.THIRD_PARTY, SENT, ANSWER_DUE);
        LocalDate today = LocalDate.of(2024, 5, 10);
        assertThat(thirdParty.answerProblems(ConsultationOutcome.OBJECTION, null, " ", ReplyRegime.OGI_2019, today))
                .extracting(FieldProblem::field)
                .containsExactly("answeredOn", "grounds");
        assertThat(thirdParty.answerProblems(
                        ConsultationOutcome.CONSENT, LocalDate.of(2024, 4, 29), null, ReplyRegime.OGI_2019, today))
                .extracting(FieldProblem::field)
                .containsExactly("answeredOn");
        assertThat(thirdParty.answerProblems(
                        ConsultationOutcome.OBJECTION, today, "涉及商业秘密", ReplyRegime.OGI_2019, today))
                .isEmpty();
    }

    /** Issue 10 item 4: letter sent 04-26 and received 04-30; the receipt is entered later, once. */
    @Test
    void theLettersReceiptIsEnteredOnceNotBeforeSendingNorInTheFuture() {
        Consultation sent = new Consultation(
                "c1", ConsultationKind.THIRD_PARTY, "某公司", LocalDate.of(2024, 4, 26), null, null, null, null, null);
        LocalDate today = LocalDate.of(2024, 5, 6);
        assertThat(sent.letterReceiptProblems(LocalDate.of(2024, 4, 30), today)).isEmpty();
        assertThat(sent.letterReceiptProblems(LocalDate.of(2024, 4, 25), today)).isNotEmpty();
        assertThat(sent.letterReceiptProblems(LocalDate.of(2024, 5, 7), today)).isNotEmpty();
        Consultation received = open(ConsultationKind.THIRD_PARTY, SENT, ANSWER_DUE);
        assertThat(received.letterReceiptProblems(SENT, today))
                .extracting(FieldProblem::message)
                .singleElement()
                .asString()
                .contains("already recorded");
    }

    /** Issue 10 item 16: the written notice to an objecting third party says what is disclosed and why. */
    @Test
    void theDisclosureNoticeGoesToAnObjectingThirdPartyWithTheInformationAndThePublicInterest() {
        Consultation objected = new Consultation(
                "c1",
                ConsultationKind.THIRD_PARTY,
                "某公司",
                SENT,
                SENT,
                ANSWER_DUE,
                ConsultationOutcome.OBJECTION,
                LocalDate.of(2024, 5, 10),
                null);
        LocalDate today = LocalDate.of(2024, 5, 20);
        assertThat(objected.disclosureNoticeProblems(today, "环评报告全文", "涉及公众健康", today))
                .isEmpty();
        assertThat(objected.disclosureNoticeProblems(today, null, " ", today))
                .extracting(FieldProblem::field)
                .containsExactly("informationToDisclose", "publicInterestReasons");
        assertThat(objected.disclosureNoticeProblems(LocalDate.of(2024, 5, 9), "x", "y", today))
                .extracting(FieldProblem::field)
                .containsExactly("notifiedOn");
        Consultation consented = new Consultation(
                "c2",
                ConsultationKind.THIRD_PARTY,
                "某公司",
                SENT,
                SENT,
                ANSWER_DUE,
                ConsultationOutcome.CONSENT,
                LocalDate.of(2024, 5, 10),
                null);
        assertThat(consented.disclosureNoticeProblems(today, "x", "y", today))
                .extracting(FieldProblem::field)
                .containsExactly("consultationId");
    }
}
