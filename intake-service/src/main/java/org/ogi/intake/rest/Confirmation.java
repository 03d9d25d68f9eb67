package org.ogi.intake.rest;

import java.time.LocalDate;

/** The day the office and the applicant confirmed a posted or faxed request (Art. 31); today when absent. */
public record Confirmation(LocalDate confirmedOn) {}
