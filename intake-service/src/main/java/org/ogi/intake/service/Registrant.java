package org.ogi.intake.service;

/**
 * Who registers a request: a clerk of {@code agency}, or an applicant submitting their own on the web.
 *
 * @param applicantUserId the applicant's account (web only)
 * @param idempotencyKey  the web client's key: a retry with the same key returns the first request
 * @param fingerprint     of the web submission's body: the same key with another body is refused
 */
public record Registrant(
        String agency, String registeredBy, String applicantUserId, String idempotencyKey, String fingerprint) {

    public static Registrant clerk(String agency, String clerk) {
        return new Registrant(agency, clerk, null, null, null);
    }

    public static Registrant applicant(String agency, String userId, String idempotencyKey, String fingerprint) {
        return new Registrant(agency, userId, userId, idempotencyKey, fingerprint);
    }

    public boolean isApplicant() {
        return applicantUserId != null;
    }
}
