package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.ogi.stack.OgiService;

/**
 * What a registered request must have led to, read through the services' APIs: the request at intake, exactly one
 * case, one set of clocks (no clock kind twice), one acknowledgement and no notification twice to one recipient.
 */
final class RequestEffects {

    private RequestEffects() {}

    /** What is wrong with one accepted request, if anything; empty once everything arrived exactly once. */
    static List<String> problems(String token, String trackingNumber) {
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

    /**
     * Waits until every accepted request has arrived everywhere (no {@link #problems}), looking again only at those
     * still incomplete.
     */
    static void awaitComplete(DemoUsers users, Set<String> accepted, Duration atMost) {
        Set<String> pending = ConcurrentHashMap.newKeySet();
        pending.addAll(accepted);
        await().atMost(atMost).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            String token = users.token("officer");
            pending.removeIf(trackingNumber -> problems(token, trackingNumber).isEmpty());
            assertThat(pending)
                    .as("accepted requests not yet complete everywhere")
                    .isEmpty();
        });
    }

    /** The body of a 200 answer, or null for any other answer. */
    private static JsonPath get(String token, OgiService service, String path) {
        var response = Services.as(token, service).when().get(path);
        return response.statusCode() == 200 ? response.jsonPath() : null;
    }
}
