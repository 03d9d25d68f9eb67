package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.stack.OgiService;

/**
 * Hostile input generated from every service's OpenAPI document: each operation gets malformed and spoiled
 * requests (see {@link HostileRequests}) with the token of a role that may call it, so they get past
 * authentication and meet the validation. No answer may be a 5xx, every 4xx is a problem+json, malformed text
 * (control characters, lone surrogates, invalid UTF-8) and enums by position are refused, not stored altered, and
 * every service is ready afterwards. The seed is printed; {@code -Dogi.hostile.seed=<n>} repeats a run.
 */
@ExtendWith(EndToEndStack.class)
class HostileInputIT {

    private static final long SEED = Long.getLong("ogi.hostile.seed", 20_261_130L);
    private static final DemoUsers USERS = new DemoUsers();
    private static final String AGENCY = "A";
    private static String trackingNumber;
    private static String agencyName;

    @BeforeAll
    static void agencyARegistersARequest() {
        String clerk = USERS.token("clerk");
        trackingNumber = InformationRequests.register(clerk).path("trackingNumber");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> Services.okBody(
                        Services.as(clerk, OgiService.CASE).when().get("/api/cases/{tn}", trackingNumber)));
        agencyName = Services.okBody(
                        Services.as(clerk, OgiService.INTAKE).when().get("/api/agencies/{code}", AGENCY))
                .getString("name");
    }

    /** The suite may rename the agency (a hostile but valid name is a name): the demo name comes back. */
    @AfterAll
    static void agencyGetsItsNameBack() {
        Services.as(USERS.token("admin"), OgiService.INTAKE)
                .contentType("application/json")
                .body(Map.of("name", agencyName))
                .when()
                .put("/api/agencies/{code}", AGENCY)
                .then()
                .statusCode(200);
    }

    @Test
    void noHostileRequestGetsA5xxOrAnErrorWithoutAProblemBody() {
        long begin = System.nanoTime();
        HostileRequests generator = new HostileRequests(SEED);
        List<ApiOperations.Operation> operations = ApiOperations.of(EndToEndStack.config());
        Map<String, String> pathValues =
                Map.of("trackingNumber", trackingNumber, "code", AGENCY, "consultationId", "1", "id", "1");
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int successes = 0;
        int problems = 0;
        int closedOversized = 0;
        for (ApiOperations.Operation operation : operations) {
            String authorization =
                    "Bearer " + USERS.token(USERS.callerOf(operation).username());
            int port = EndToEndStack.config().servicePort(operation.service());
            for (HostileRequests.Case hostile : generator.of(operation, pathValues, authorization)) {
                RawHttp.Response response = RawHttp.send(port, hostile.request());
                sent++;
                int status = response.status();
                boolean problemBody = response.header("content-type")
                        .filter(type -> type.startsWith("application/problem+json"))
                        .isPresent();
                if (status == 0 && hostile.kind() == HostileRequests.Kind.OVERSIZED) {
                    closedOversized++;
                } else if (status > 0 && status < 400 && hostile.kind() == HostileRequests.Kind.REFUSED) {
                    failures.add(String.format(
                            "%s %-6s %s  %-40s -> %s, accepted (would be stored altered)",
                            operation.service().module(),
                            operation.method(),
                            operation.path(),
                            hostile.name(),
                            status));
                } else if (status == 0 || status >= 500 || (status >= 400 && !problemBody)) {
                    failures.add(String.format(
                            "%s %-6s %s  %-40s -> %s%s",
                            operation.service().module(),
                            operation.method(),
                            operation.path(),
                            hostile.name(),
                            status == 0 ? "no answer" : status,
                            status >= 400 && !problemBody
                                    ? " without problem+json: " + abbreviate(response.text())
                                    : ""));
                } else if (status < 400) {
                    successes++;
                } else {
                    problems++;
                }
            }
        }
        List<String> unready = new ArrayList<>();
        for (OgiService service : EndToEndStack.config().services()) {
            if (Services.anonymous(service).when().get("/q/health/ready").statusCode() != 200) {
                unready.add(service.module());
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - begin).toSeconds();
        System.out.printf(
                "%n[reliability] Hostile-input suite, seed %d: %,d requests over %d operations of %d"
                        + " services in %d s: %,d answered 2xx, %,d 4xx with a problem body, %,d failed (5xx, no"
                        + " problem body, no answer, or malformed text accepted), %,d oversized bodies cut off by the"
                        + " server; services ready afterwards: %d of %d%n",
                SEED,
                sent,
                operations.size(),
                EndToEndStack.config().services().size(),
                seconds,
                successes,
                problems,
                failures.size(),
                closedOversized,
                EndToEndStack.config().services().size() - unready.size(),
                EndToEndStack.config().services().size());
        failures.stream().limit(400).forEach(failure -> System.out.println("  FAILED " + failure));

        assertThat(sent).isGreaterThanOrEqualTo(2_000);
        assertThat(failures)
                .as("hostile requests answered 5xx or without a problem body (seed %d)", SEED)
                .isEmpty();
        assertThat(unready).as("services not ready after the hostile requests").isEmpty();
    }

    /**
     * Health, metrics and OpenAPI are Vert.x routes outside the OpenAPI documents and the REST filters: each back
     * end refuses malformed parameters and over-long URIs on them with a problem too, and still answers clean ones.
     */
    @Test
    void theObservabilityEndpointsRefuseHostileParametersWithAProblem() {
        List<String> hostile = List.of("?x=a%00b", "?format=%FF%FE", "?a%0Ab=1", "?x=%C0%AF", "?x=%ED%A0%80");
        List<String> failures = new ArrayList<>();
        for (OgiService service : EndToEndStack.config().services()) {
            if (!service.isBackEnd()) {
                continue;
            }
            int port = EndToEndStack.config().servicePort(service);
            for (String endpoint : List.of("/q/health/ready", "/q/health/live", "/q/metrics", "/q/openapi")) {
                for (String query : hostile) {
                    expect(failures, service, port, endpoint + query, 400);
                }
                expect(failures, service, port, endpoint + "?x=" + "a".repeat(9_000), 414);
                expect(failures, service, port, endpoint + "?x=%E4%BA%94", 200);
            }
        }
        assertThat(failures)
                .as("observability endpoints answering hostile parameters")
                .isEmpty();
    }

    private static void expect(List<String> failures, OgiService service, int port, String target, int status) {
        RawHttp.Response response = RawHttp.send(port, RawHttp.Request.of("GET", target));
        boolean problemBody = response.header("content-type")
                .filter(type -> type.startsWith("application/problem+json"))
                .isPresent();
        if (response.status() != status || (status >= 400 && !problemBody)) {
            failures.add(String.format(
                    "%s GET %s -> %d%s, expected %d",
                    service.module(),
                    target.length() > 80 ? target.substring(0, 80) + "..." : target,
                    response.status(),
                    problemBody ? "" : " without problem+json",
                    status));
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.isEmpty() ? "(empty)" : oneLine.length() > 80 ? oneLine.substring(0, 80) + "..." : oneLine;
    }
}
