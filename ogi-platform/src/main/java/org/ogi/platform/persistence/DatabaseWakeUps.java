package org.ogi.platform.persistence;

import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Wakes a worker thread when a transaction that gives it work commits: a trigger's {@code pg_notify} on the
 * channel, which PostgreSQL delivers on commit only, is received on a LISTEN connection of its own. Until that
 * connection is up (and whenever it is lost) the worker polls, so a missed notification delays work, never loses it.
 */
@ApplicationScoped
public class DatabaseWakeUps {

    private static final Logger LOG = Logger.getLogger(DatabaseWakeUps.class);

    private final Vertx vertx;
    private final PgConnectOptions options;

    DatabaseWakeUps(
            Vertx vertx,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String reactiveUrl,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        PgConnectOptions options = PgConnectOptions.fromUri(reactiveUrl.replaceFirst("^vertx-reactive:", ""));
        username.ifPresent(options::setUser);
        password.ifPresent(options::setPassword);
        this.options = options;
    }

    /** The service's database, for connections of their own outside the pool (LISTEN, session locks). */
    public PgConnectOptions connectOptions() {
        return options;
    }

    /** Starts listening on {@code channel}; the first wake-up comes when the connection is up. */
    public Signal listen(String channel, Duration pollingWhileDisconnected) {
        Semaphore permits = new Semaphore(0);
        PgSubscriber subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> 1000L);
        subscriber.channel(channel).handler(payload -> permits.release());
        subscriber
                .connect()
                .subscribe()
                .with(
                        ok -> permits.release(),
                        failure -> LOG.warnf(
                                "LISTEN %s not connected (%s); polling every %s until it is",
                                channel, failure.getMessage(), pollingWhileDisconnected));
        return new Signal(permits, subscriber);
    }

    /** Wake-ups of one channel; several threads may wait on one signal, each notification wakes one of them. */
    public static final class Signal {

        private final Semaphore permits;
        private final PgSubscriber subscriber;

        private Signal(Semaphore permits, PgSubscriber subscriber) {
            this.permits = permits;
            this.subscriber = subscriber;
        }

        /**
         * Waits until a notification arrives or {@code timeout} passes; notifications that arrived meanwhile are
         * taken with it (whoever wakes works until nothing is left).
         */
        public void await(Duration timeout) throws InterruptedException {
            permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
            permits.drainPermits();
        }

        /** Wakes a waiting thread now, e.g. on shutdown. */
        public void wake() {
            permits.release();
        }

        public void close() {
            subscriber.closeAndAwait();
        }
    }
}
