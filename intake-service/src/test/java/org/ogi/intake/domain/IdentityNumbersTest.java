package org.ogi.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "440524188001010014", "11010519491231002x", "110105 19491231 002X"})
    void residentIdsWithTheGb11643CheckDigitAreValid(String number) {
        assertThat(IdentityNumbers.isValidResidentId(number)).isTrue();
        assertThat(IdentityNumbers.problem(IdType.RESIDENT_ID, number, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"110105194912310021", "11010519491231002Y", "1101051949123100", "A1010519491231002X"})
    void residentIdsWithAWrongCheckDigitOrFormatAreInvalid(String number) {
        assertThat(IdentityNumbers.isValidResidentId(number)).isFalse();
        assertThat(IdentityNumbers.problem(IdType.RESIDENT_ID, number, TODAY)).isPresent();
    }

    @Test
    void aResidentIdWithAnImpossibleOrFutureBirthDateIsInvalidEvenWithAMatchingCheckDigit() {
        // 1949-02-30 does not exist; the check digit is computed for it, so only the date is wrong.
        assertThat(IdentityNumbers.problem(IdType.RESIDENT_ID, withCheckDigit("11010519490230002"), TODAY))
                .hasValueSatisfying(m -> assertThat(m).contains("impossible"));
        assertThat(IdentityNumbers.problem(IdType.RESIDENT_ID, withCheckDigit("11010520300101002"), TODAY))
                .hasValueSatisfying(m -> assertThat(m).contains("future"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110108551385082Q", "91330100716105852F", "91440300708461136T"})
    void creditCodesWithTheGb32100CheckCharacterAreValid(String code) {
        assertThat(IdentityNumbers.isValidCreditCode(code)).isTrue();
        assertThat(IdentityNumbers.problem(IdType.USCC, code, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y44", "91350100M000100Y4", "91350100M0001O0Y43", "91350100I000100Y43", ""})
    void creditCodesWithAWrongCheckCharacterOrLettersOutsideTheAlphabetAreInvalid(String code) {
        assertThat(IdentityNumbers.isValidCreditCode(code)).isFalse();
    }

    @Test
    void otherDocumentsAreCheckedByFormat() {
        assertThat(IdentityNumbers.problem(IdType.PASSPORT, "E12345678", TODAY)).isEmpty();
        assertThat(IdentityNumbers.problem(IdType.PASSPORT, "E1", TODAY)).isPresent();
        assertThat(IdentityNumbers.problem(IdType.HK_MACAO_PERMIT, "H12345678", TODAY))
                .isEmpty();
        assertThat(IdentityNumbers.problem(IdType.HK_MACAO_PERMIT, "X12345678", TODAY))
                .isPresent();
        assertThat(IdentityNumbers.problem(IdType.TAIWAN_PERMIT, "12345678", TODAY))
                .isEmpty();
        assertThat(IdentityNumbers.problem(IdType.TAIWAN_PERMIT, "1234567", TODAY))
                .isPresent();
        assertThat(IdentityNumbers.problem(IdType.OTHER, "军官证 12345", TODAY)).isEmpty();
    }

    @Test
    void fullWidthCharactersAreReadAsTheirHalfWidthForms() {
        assertThat(IdentityNumbers.normalise("１１０１０５１９４９１２３１００２ｘ")).isEqualTo("11010519491231002X");
    }

    private static String withCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @Test
    void anOrganisationWithoutACreditCodeMayProveItsIdentityWithAnotherDocument() {
        // Issue 10 item 17 (Art. 27 其他组织).
        assertThat(IdentityNumbers.documentProblem(ApplicantType.ORGANISATION, IdType.USCC))
                .isEmpty();
        assertThat(IdentityNumbers.documentProblem(ApplicantType.ORGANISATION, IdType.OTHER))
                .isEmpty();
        assertThat(IdentityNumbers.documentProblem(ApplicantType.ORGANISATION, IdType.RESIDENT_ID))
                .isPresent();
        assertThat(IdentityNumbers.documentProblem(ApplicantType.NATURAL_PERSON, IdType.USCC))
                .isPresent();
        assertThat(IdentityNumbers.documentProblem(ApplicantType.NATURAL_PERSON, IdType.PASSPORT))
                .isEmpty();
    }
}
