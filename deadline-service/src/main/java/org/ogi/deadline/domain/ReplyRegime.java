package org.ogi.deadline.domain;

import java.time.LocalDate;

/**
 * The reply period in force for a request: OGI Reg 2019 Art. 33 (20 + 20 working days) or, for requests received
 * before it took effect on 2019-05-15, OGI Reg 2008 Art. 24 (15 + 15). Applying the regime by received date is the
 * documented suggestion for the unconfirmed transitional rule (ogi-rules §2).
 */
public enum ReplyRegime {
    OGI_2008(15, 15), OGI_2019(20, 20);

    public static final LocalDate OGI_2019_IN_FORCE = LocalDate.of(2019, 5, 15);

    private final int replyWorkingDays;
    private final int maxExtensionWorkingDays;

    ReplyRegime(int replyWorkingDays, int maxExtensionWorkingDays) {
        this.replyWorkingDays = replyWorkingDays;
        this.maxExtensionWorkingDays = maxExtensionWorkingDays;
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
