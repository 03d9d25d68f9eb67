package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.stack.OgiService;
import org.ogi.stack.StackControl;

/**
 * Crashes under load: while a clerk keeps registering requests, each service and the Kafka broker in turn is
 * killed with SIGKILL and started again by the launcher's supervisor. Afterwards every request intake accepted
 * (answered 201) has exactly one case, one set of clocks and one acknowledgement, and no notification went twice
 * to one recipient: the outbox, the relay and the idempotent consumers lose nothing and repeat nothing across the
 * crashes.
 */
@ExtendWith(EndToEndStack.class)
class FaultToleranceIT {

    /** The broker first: its consumers take longest to rejoin, which the later kills then overlap. */
    private static final List<String> VICTIMS = List.of(
            "kafka",
            OgiService.INTAKE.module(),
            OgiService.CASE.module(),
            OgiService.DEADLINE.module(),
            OgiService.NOTIFICATION.module(),
            OgiService.APPEALS.module());

    private static final Duration PACE = Duration.ofMillis(250);
    private static final Duration STEADY_BETWEEN_KILLS = Duration.ofSeconds(3);
    private static final Pattern TRACKING_NUMBER = Pattern.compile("\"trackingNumber\":\"([^\"]+)\"");

    private final DemoUsers users = new DemoUsers();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);

    @Test
    void everyAcceptedRequestHasExactlyOneCaseOneClockSetAndOneAcknowledgementAfterEachCrash() throws Exception {
        long begin = System.nanoTime();
        StackControl control = new StackControl(EndToEndStack.config());
        Thread registrations = new Thread(this::registerSteadily, "registrations");
        registrations.start();
        Map<String, Duration> restarts = new LinkedHashMap<>();
        try {
            for (String victim : VICTIMS) {
                Thread.sleep(STEADY_BETWEEN_KILLS.toMillis());
                long pid = control.kill(victim);
                restarts.put(victim, control.awaitRestarted(victim, pid));
                System.out.printf(
                        "[fault suite] killed %s (pid %d); ready again after %.1f s%n",
                        victim, pid, restarts.get(victim).toMillis() / 1000.0);
            }
            Thread.sleep(STEADY_BETWEEN_KILLS.toMillis());
        } finally {
            running.set(false);
            registrations.join();
        }

        // First until every accepted request has arrived everywhere, then one more look at all of them: late
        // duplicates would come after the first complete picture.
        Set<String> pending = ConcurrentHashMap.newKeySet();
        pending.addAll(accepted);
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    String token = users.token("officer");
                    pending.removeIf(
                            trackingNumber -> check(token, trackingNumber).isEmpty());
                    assertThat(pending)
                            .as("accepted requests not yet complete everywhere")
                            .isEmpty();
                });
        Thread.sleep(STEADY_BETWEEN_KILLS.toMillis());
        List<String> problems = new ArrayList<>();
        String officer = users.token("officer");
        for (String trackingNumber : accepted) {
            problems.addAll(check(officer, trackingNumber));
        }
        long seconds = Duration.ofNanos(System.nanoTime() - begin).toSeconds();
        System.out.printf(
                "%n[reliability] Fault suite: %d kills survived (%s), %,d registrations sent during them,"
                        + " %,d accepted, each with exactly one case, one clock set and one acknowledgement: %s;"
                        + " %d s%n",
                restarts.size(),
                restarts.entrySet().stream()
                        .map(e -> String.format(
                                "%s back in %.1f s", e.getKey(), e.getValue().toMillis() / 1000.0))
                        .reduce((a, b) -> a + ", " + b)
                        .orElse(""),
                sent.get(),
                accepted.size(),
                problems.isEmpty() ? "yes" : problems.size() + " problems",
                seconds);
        problems.stream().limit(100).forEach(problem -> System.out.println("  FAILED " + problem));
        assertThat(accepted.size()).as("registrations accepted").isGreaterThan(VICTIMS.size() * 10);
        assertThat(problems).isEmpty();
    }

    /** What is wrong with one accepted request, if anything. */
    private List<String> check(String token, String trackingNumber) {
        List<String> problems = new ArrayList<>();
        JsonPath intake = get(token, OgiService.INTAKE, "/api/requests/" + trackingNumber);
        JsonPath caseFile = get(token, OgiService.CASE, "/api/cases/" + trackingNumber);
        JsonPath deadlines = get(token, OgiService.DEADLINE, "/api/cases/" + trackingNumber + "/deadlines");
        JsonPath notifications =
                get(token, OgiService.NOTIFICATION, "/api/notifications?trackingNumber=" + trackingNumber);
        if (intake == null) {
            problems.add(trackingNumber + ": intake lost the request");
        }
        if (caseFile == null) {
            problems.add(trackingNumber + ": no case");
        }
        if (deadlines == null) {
            problems.add(trackingNumber + ": no clocks");
        } else {
            List<String> kinds = deadlines.getList("clocks.kind", String.class);
            if (!kinds.contains("REPLY") || kinds.size() != Set.copyOf(kinds).size()) {
                problems.add(trackingNumber + ": clocks " + kinds + " instead of one set");
            }
        }
        if (notifications == null) {
            problems.add(trackingNumber + ": notifications unreadable");
        } else {
            // A notification that moved to the next channel replaces the one that failed: count the first only.
            long acknowledgements = notifications
                    .getList("findAll { it.kind == 'ACKNOWLEDGEMENT' && it.replaces == null }")
                    .size();
            if (acknowledgements != 1) {
                problems.add(trackingNumber + ": " + acknowledgements + " acknowledgements");
            }
            List<String> deliveries =
                    notifications.getList("collect { it.kind + ' to ' + it.recipient }", String.class);
            if (deliveries.size() != Set.copyOf(deliveries).size()) {
                problems.add(trackingNumber + ": a notification twice to one recipient: " + deliveries);
            }
        }
        return problems;
    }

    /** The body of a 200 answer, or null for any other answer. */
    private static JsonPath get(String token, OgiService service, String path) {
        var response = Services.as(token, service).when().get(path);
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }

    /** A clerk registers one request per {@link #PACE} until told to stop; only 201 answers count as accepted. */
    private void registerSteadily() {
        URI requests = URI.create(EndToEndStack.config().serviceUrl(OgiService.INTAKE) + "/api/requests");
        while (running.get()) {
            long next = System.nanoTime() + PACE.toNanos();
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
            } catch (java.io.IOException e) {
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
