package org.ogi.law;

import java.time.LocalDate;

/**
 * The reply period in force for a request: OGI Reg 2019 Art. 33 (20 + 20 working days) or, for requests received
 * before it took effect on 2019-05-15, OGI Reg 2008 Art. 24 (15 + 15). Applying the regime by received date is the
 * documented suggestion for the unconfirmed transitional rule (ogi-rules §2).
 */
public enum ReplyRegime {
    // 2008 Art. 23/24: consulted parties had no answer period and only their consultation was excluded; 2008 had no
    // 7-day limit for asking for a correction.
    OGI_2008(15, 15, false, false, false),
    OGI_2019(20, 20, true, true, true);

    public static final LocalDate OGI_2019_IN_FORCE = LocalDate.of(2019, 5, 15);

    private final int replyWorkingDays;
    private final int maxExtensionWorkingDays;
    private final boolean consultationAnswerPeriod;
    private final boolean excludesOtherAgencyConsultation;
    private final boolean correctionNoticePeriod;

    ReplyRegime(
            int replyWorkingDays,
            int maxExtensionWorkingDays,
            boolean consultationAnswerPeriod,
            boolean excludesOtherAgencyConsultation,
            boolean correctionNoticePeriod) {
        this.replyWorkingDays = replyWorkingDays;
        this.maxExtensionWorkingDays = maxExtensionWorkingDays;
        this.consultationAnswerPeriod = consultationAnswerPeriod;
        this.excludesOtherAgencyConsultation = excludesOtherAgencyConsultation;
        this.correctionNoticePeriod = correctionNoticePeriod;
    }

    /** True if a consulted party must answer within 15 working days. */
    public boolean hasConsultationAnswerPeriod() {
        return consultationAnswerPeriod;
    }

    /** True if the time of a consultation of this kind is left out of the reply period. */
    public boolean excludes(ConsultationKind kind) {
        return kind == ConsultationKind.THIRD_PARTY || excludesOtherAgencyConsultation;
    }

    /** True if the agency must send a correction notice within 7 working days (2019 Art. 30). */
    public boolean hasCorrectionNoticePeriod() {
        return correctionNoticePeriod;
    }

    public static ReplyRegime forReceivedDate(LocalDate received) {
        return received.isBefore(OGI_2019_IN_FORCE) ? OGI_2008 : OGI_2019;
    }

    public int replyWorkingDays() {
        return replyWorkingDays;
    }

    public int maxExtensionWorkingDays() {
        return maxExtensionWorkingDays;
    }
}
