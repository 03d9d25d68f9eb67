package org.ogi.intake.domain;

/** The contents Art. 29 ¶2 requires; a request lacking one is registered and answered with a correction notice. */
public enum MissingContent {
    NAME,
    IDENTITY_PROOF,
    CONTACT,
    INFORMATION_DESCRIPTION,
    FORM_AND_DELIVERY
}
