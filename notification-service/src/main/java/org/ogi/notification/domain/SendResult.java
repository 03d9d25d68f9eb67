package org.ogi.notification.domain;

/** What a channel answered for one attempt. */
public sealed interface SendResult {

    /** The provider accepted the message; {@code providerId} identifies it there (Message-ID, SMS id, batch). */
    record Sent(String providerId) implements SendResult {}

    /**
     * The provider refused or could not be reached. {@code permanent}: retrying cannot help (address bounced, number
     * invalid); otherwise the attempt is retried with backoff.
     */
    record Failed(String reason, boolean permanent) implements SendResult {}
}
