package org.ogi.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "ogi.notification")
public interface NotificationConfig {

    Delivery delivery();

    Email email();

    Sms sms();

    /** Where applicants read their inbox; SMS texts point there. */
    @WithDefault("http://localhost:8080")
    String portalUrl();

    /** A case waiting in a work queue longer than this raises a staff reminder (UNCONFIRMED: 3 days suggested). */
    @WithDefault("P3D")
    Duration queueWaitingAfter();

    /** How often the queues are checked for cases waiting too long. */
    @WithDefault("PT15M")
    Duration queueCheckInterval();

    /**
     * Staff roles that see addresses and numbers unmasked (UNCONFIRMED: those who serve notices by hand: intake
     * clerks, the head of the OGI office, administrators); every other role sees them masked.
     */
    @WithDefault("intake-clerk,ogi-office-head,ogi-admin")
    java.util.List<String> unmaskedRoles();

    /**
     * Per agency code, the mailbox of its OGI office (a deployment setting, e.g. {@code
     * ogi.notification.staff-mailboxes.A=ogi-office@agency.gov.cn}): staff notices are e-mailed there as well as
     * put in the staff inbox; an agency without one is reached through the inbox only.
     */
    java.util.Map<String, String> staffMailboxes();

    interface Delivery {
        /** Off: notifications are recorded but nobody sends them (e.g. a read-only replica). */
        @WithDefault("true")
        boolean enabled();

        /** Attempts per channel for transient failures before the next channel is tried (UNCONFIRMED: 5). */
        @WithDefault("5")
        int maxAttempts();

        @WithDefault("PT30S")
        Duration initialBackoff();

        @WithDefault("PT30M")
        Duration maxBackoff();

        /**
         * Notifications sent at the same time by one instance, each by a worker with its own transaction and
         * database connection (UNCONFIRMED: 4; the SMTP relay and SMS gateway must accept as many connections).
         */
        @WithDefault("4")
        int workers();

        /** How often an idle relay looks for due notifications. */
        @WithDefault("PT1S")
        Duration pollInterval();
    }

    interface Email {
        @WithDefault("ogi-office@localhost")
        String from();

        /** How long one message may take to hand to the SMTP relay before the attempt counts as failed. */
        @WithDefault("PT30S")
        Duration sendTimeout();

        /** The right-hand side of every Message-ID: {@code <notification id@domain>}. */
        @WithDefault("ogi.notification.local")
        String messageIdDomain();
    }

    interface Sms {
        /** The provider's HTTP endpoint (README: SMS contract); none configured: every SMS fails for good. */
        Optional<URI> gatewayUrl();

        @WithDefault("PT10S")
        Duration timeout();

        /**
         * The secret the gateway signs its delivery reports with (HMAC-SHA256 of the body, README: SMS contract); a
         * deployment setting shared with the provider's adapter. None configured: every report is refused (401).
         */
        Optional<String> deliveryReportSecret();
    }
}
