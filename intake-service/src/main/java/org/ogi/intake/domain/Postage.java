package org.ogi.intake.domain;

/** Whether a letter came by post that the agency signs for (Art. 31: 邮寄) or by ordinary post (平常信函). */
public enum Postage {
    REGISTERED,
    ORDINARY
}
