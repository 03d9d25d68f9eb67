package org.ogi.stack;

import java.time.Instant;
import java.util.Optional;

/** One part of the stack: PostgreSQL, Kafka, Keycloak or a service. */
interface Component {

    /** Also the name of its log file. */
    String name();

    /** Where clients reach it. */
    String address();

    /** Runs elsewhere (OGI_DB_HOST, OGI_KAFKA_BOOTSTRAP, OGI_OIDC_URL): only checked and provisioned. */
    boolean external();

    /** Whether it serves what the services need: connections, topics, the realm, or a ready health check. */
    boolean isReady();

    /**
     * Starts it unless it is external, provisions what the services need (databases, topics), and returns once it
     * is ready.
     *
     * @return the process to watch and stop; empty if it is external
     */
    Optional<ProcessHandle> start(Instant deadline) throws Exception;

    /**
     * Whether the services may only start once it is ready. Keycloak is not: Quarkus OIDC fetches the realm's keys at
     * the first request when the realm did not answer at start, so Keycloak starts beside the services.
     */
    default boolean neededByStartingServices() {
        return true;
    }

    /** Stops what {@link #start} launched; does nothing if it launched nothing. */
    void stop();
}
