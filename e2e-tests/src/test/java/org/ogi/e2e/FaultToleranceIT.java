package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private final DemoUsers users = new DemoUsers();

    @Test
    void everyAcceptedRequestHasExactlyOneCaseOneClockSetAndOneAcknowledgementAfterEachCrash() throws Exception {
        long begin = System.nanoTime();
        StackControl control = new StackControl(EndToEndStack.config());
        SteadyRegistrations registrations = new SteadyRegistrations(users, PACE, Integer.MAX_VALUE).start();
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
            registrations.stop();
        }

        // First until every accepted request has arrived everywhere, then one more look at all of them: late
        // duplicates would come after the first complete picture.
        Set<String> accepted = registrations.accepted();
        RequestEffects.awaitComplete(users, accepted, Duration.ofSeconds(120));
        Thread.sleep(STEADY_BETWEEN_KILLS.toMillis());
        List<String> problems = new ArrayList<>();
        String officer = users.token("officer");
        for (String trackingNumber : accepted) {
            problems.addAll(RequestEffects.problems(officer, trackingNumber));
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
                registrations.sent(),
                accepted.size(),
                problems.isEmpty() ? "yes" : problems.size() + " problems",
                seconds);
        problems.stream().limit(100).forEach(problem -> System.out.println("  FAILED " + problem));
        assertThat(accepted.size()).as("registrations accepted").isGreaterThan(VICTIMS.size() * 10);
        assertThat(problems).isEmpty();
    }
}
