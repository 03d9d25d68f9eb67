package org.ogi.cases.service;

/**
 * Which case a workflow request addresses and how it guards against lost updates and repeats.
 *
 * @param expectedVersion the version the client last saw ({@code If-Match}); null to skip the check
 * @param idempotencyKey  a repeat with the same key answers the case as it is and changes nothing; may be null
 */
public record CaseCommand(String trackingNumber, Long expectedVersion, String idempotencyKey, String comment) {}
