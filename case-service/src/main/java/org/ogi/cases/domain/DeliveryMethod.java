package org.ogi.cases.domain;

/** How the reply reaches the applicant, and what proves it did. */
public enum DeliveryMethod {
    /** Registered post: the postal tracking number and the signed date. */
    POST,
    /** E-mail: the address and the sent time. */
    EMAIL,
    /** Collected at the office: the applicant's signature. */
    PICKUP,
    /** The applicant's online account. */
    ONLINE
}
