package org.ogi.contracts.v1;

import java.time.LocalDate;

/** case-service opened a case for a received request. */
public record CaseOpened(
        String trackingNumber, String agency, LocalDate receivedDate, String state, String applicantCategory) {}
