package org.ogi.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReconsiderationLawTest {

    @Test
    void theLawFollowsTheDayTheBodyReceivedTheApplication() {
        assertThat(ReconsiderationLaw.forApplicationReceivedOn(LocalDate.of(2023, 12, 31)))
                .isEqualTo(ReconsiderationLaw.ARL_2017);
        assertThat(ReconsiderationLaw.forApplicationReceivedOn(LocalDate.of(2024, 1, 1)))
                .isEqualTo(ReconsiderationLaw.ARL_2023);
    }

    @Test
    void suitsAfterAnotherAppealNameIt() {
        assertThat(AppealKind.RECONSIDERATION.isLitigation()).isFalse();
        assertThat(AppealKind.DIRECT_SUIT.followsAnother()).isFalse();
        assertThat(AppealKind.SUIT_AFTER_RECONSIDERATION.followsAnother()).isTrue();
    }
}
