package org.ogi.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReplyRegimeTest {

    @Test
    void theRegimeFollowsTheReceivedDateAcrossTheDayThe2019RegulationsTookEffect() {
        assertThat(ReplyRegime.forReceivedDate(LocalDate.of(2019, 5, 14))).isEqualTo(ReplyRegime.OGI_2008);
        assertThat(ReplyRegime.forReceivedDate(LocalDate.of(2019, 5, 15))).isEqualTo(ReplyRegime.OGI_2019);
    }

    @Test
    void the2008RegimeHasShorterPeriodsAndExcludedOnlyThirdPartyConsultations() {
        assertThat(ReplyRegime.OGI_2008.replyWorkingDays()).isEqualTo(15);
        assertThat(ReplyRegime.OGI_2008.maxExtensionWorkingDays()).isEqualTo(15);
        assertThat(ReplyRegime.OGI_2008.excludes(ConsultationKind.THIRD_PARTY)).isTrue();
        assertThat(ReplyRegime.OGI_2008.excludes(ConsultationKind.OTHER_AGENCY)).isFalse();
        assertThat(ReplyRegime.OGI_2019.replyWorkingDays()).isEqualTo(20);
        assertThat(ReplyRegime.OGI_2019.maxExtensionWorkingDays()).isEqualTo(20);
        assertThat(ReplyRegime.OGI_2019.excludes(ConsultationKind.OTHER_AGENCY)).isTrue();
    }
}
