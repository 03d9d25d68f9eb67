package org.ogi.intake.service;

/**
 * Who registers a request: a clerk of {@code agency}, or an applicant submitting their own on the web.
 *
 * @param applicantUserId the applicant's account (web only)
 * @param idempotencyKey  the web client's key: a retry with the same key returns the first request
 */
public record Registrant(String agency, String registeredBy, String applicantUserId, String idempotencyKey) {

    public static Registrant clerk(String agency, String clerk) {
        return new Registrant(agency, clerk, null, null);
    }

    public static Registrant applicant(String agency, String userId, String idempotencyKey) {
        return new Registrant(agency, userId, userId, idempotencyKey);
    }

    public boolean isApplicant() {
        return applicantUserId != null;
    }
}
