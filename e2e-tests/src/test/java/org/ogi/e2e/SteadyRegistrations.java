package org.ogi.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogi.stack.OgiService;

/**
 * A clerk registering in-person requests at a steady pace, on a thread of its own, until a number was sent or it is
 * told to stop; only 201 answers count as accepted (intake may be down meanwhile).
 */
final class SteadyRegistrations {

    private static final Pattern TRACKING_NUMBER = Pattern.compile("\"trackingNumber\":\"([^\"]+)\"");

    private final DemoUsers users;
    private final Duration pace;
    private final int limit;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread = new Thread(this::run, "registrations");

    /** @param limit how many to send at most */
    SteadyRegistrations(DemoUsers users, Duration pace, int limit) {
        this.users = users;
        this.pace = pace;
        this.limit = limit;
    }

    SteadyRegistrations start() {
        thread.start();
        return this;
    }

    /** Stops after the request on its way and waits for that. */
    void stop() throws InterruptedException {
        running.set(false);
        thread.join();
    }

    /** Waits until the limit was sent. */
    void awaitAllSent() throws InterruptedException {
        thread.join();
    }

    Set<String> accepted() {
        return accepted;
    }

    int sent() {
        return sent.get();
    }

    private void run() {
        URI requests = URI.create(EndToEndStack.config().serviceUrl(OgiService.INTAKE) + "/api/requests");
        while (running.get() && sent.get() < limit) {
            long next = System.nanoTime() + pace.toNanos();
            try {
                HttpResponse<String> answer = http.send(
                        HttpRequest.newBuilder(requests)
                                .timeout(Duration.ofSeconds(10))
                                .header("Authorization", "Bearer " + users.token("clerk"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(InformationRequests.IN_PERSON_REQUEST))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                sent.incrementAndGet();
                Matcher trackingNumber = TRACKING_NUMBER.matcher(answer.body());
                if (answer.statusCode() == 201 && trackingNumber.find()) {
                    accepted.add(trackingNumber.group(1));
                }
            } catch (IOException e) {
                sent.incrementAndGet(); // intake is down: refused, not accepted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long wait = next - System.nanoTime();
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
