package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.stack.DemoLogins;
import org.ogi.stack.OgiService;

/**
 * Every operation of the OpenAPI documents, called by every demo user of both agencies, both applicants, the
 * system administrator, without a token and with broken tokens, on a request the applicant submitted to agency A.
 * What each role may do is declared in {@link #EXPECTED}, one row per operation (not derived from the code, which
 * is what is checked); a new operation fails the suite until it has a row. Staff of agency B and the other
 * applicant must find the request hidden (403 or 404), no answer to them may mention it, and only intake clerks
 * see full identity numbers.
 */
@ExtendWith(EndToEndStack.class)
class AuthorisationMatrixIT {

    /** Which callers the operation concerns. */
    private enum Scope {
        /** One request or case: hidden from other agencies and other applicants. */
        CASE,
        /** The caller's own lists; may answer anyone allowed, but never with another agency's requests. */
        LIST,
        /** The agency directory entry {@code code}: only that agency's administrator writes it. */
        AGENCY,
        /** Shared by all: the national calendar, the agency directory, registering a new request. */
        SHARED,
        /**
         * Not a user's: a provider's callback authenticated by a signature of its body (the SMS gateway's delivery
         * reports); any token, valid or not, without the signature gets 401.
         */
        CALLBACK
    }

    private record Row(Scope scope, Set<String> roles) {}

    private static final String CLERK = "intake-clerk";
    private static final String OFFICER = "case-officer";
    private static final String REVIEWER = "reviewer";
    private static final String SECRECY = "secrecy-reviewer";
    private static final String HEAD = "ogi-office-head";
    private static final String LEGAL = "legal-officer";
    private static final String ADMIN = "ogi-admin";
    private static final String SYSTEM_ADMIN = "system-admin";
    private static final String APPLICANT = "applicant";
    private static final Set<String> ALL_STAFF = Set.of(CLERK, OFFICER, REVIEWER, SECRECY, HEAD, LEGAL, ADMIN);
    private static final Set<String> WORKFLOW = Set.of(OFFICER, REVIEWER, SECRECY, HEAD);
    private static final Set<String> REPORT_READERS = Set.of(HEAD, REVIEWER, LEGAL, ADMIN);
    private static final Set<String> EVERYONE =
            Set.of(CLERK, OFFICER, REVIEWER, SECRECY, HEAD, LEGAL, ADMIN, SYSTEM_ADMIN, APPLICANT);
    private static final String FULL_ID_NUMBER = "11010519491231002X";

    /** The answer the realm's roles should get, per operation: THE table of this suite. */
    private static final Map<String, Row> EXPECTED = Map.ofEntries(
            row(OgiService.INTAKE, "GET /api/agencies", Scope.SHARED, plus(ALL_STAFF, APPLICANT)),
            row(OgiService.INTAKE, "GET /api/agencies/{code}", Scope.SHARED, plus(ALL_STAFF, APPLICANT)),
            row(OgiService.INTAKE, "PUT /api/agencies/{code}", Scope.AGENCY, Set.of(ADMIN)),
            row(OgiService.INTAKE, "POST /api/requests", Scope.SHARED, Set.of(CLERK, APPLICANT)),
            row(OgiService.INTAKE, "GET /api/requests", Scope.LIST, plus(ALL_STAFF, APPLICANT)),
            row(OgiService.INTAKE, "GET /api/requests/{trackingNumber}", Scope.CASE, plus(ALL_STAFF, APPLICANT)),
            row(OgiService.INTAKE, "POST /api/requests/{trackingNumber}/confirmations", Scope.CASE, Set.of(CLERK)),
            row(
                    OgiService.INTAKE,
                    "GET /api/requests/{trackingNumber}/receipt.pdf",
                    Scope.CASE,
                    Set.of(CLERK, OFFICER, HEAD, ADMIN, APPLICANT)),
            row(
                    OgiService.INTAKE,
                    "POST /api/requests/{trackingNumber}/attachments",
                    Scope.CASE,
                    Set.of(CLERK, APPLICANT)),
            row(OgiService.INTAKE, "GET /api/requests/{trackingNumber}/attachments", Scope.CASE, ALL_STAFF),
            row(OgiService.INTAKE, "GET /api/requests/{trackingNumber}/attachments/{id}", Scope.CASE, ALL_STAFF),
            row(OgiService.CASE, "GET /api/cases/{trackingNumber}", Scope.CASE, ALL_STAFF),
            row(
                    OgiService.CASE,
                    "GET /api/cases/{trackingNumber}/audit",
                    Scope.CASE,
                    Set.of(OFFICER, REVIEWER, SECRECY, HEAD, LEGAL, ADMIN)),
            row(OgiService.CASE, "GET /api/cases/{trackingNumber}/draft", Scope.CASE, plus(WORKFLOW, LEGAL)),
            row(OgiService.CASE, "GET /api/cases/{trackingNumber}/reply-letter.pdf", Scope.CASE, plus(WORKFLOW, LEGAL)),
            // The queue called: awaiting-acceptance, the case officers'.
            row(OgiService.CASE, "GET /api/queues/{queue}", Scope.LIST, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/acceptances", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/correction-requests", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/corrections", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/abandonments", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/assignments", Scope.CASE, Set.of(OFFICER, HEAD)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/consultations", Scope.CASE, Set.of(OFFICER)),
            row(
                    OgiService.CASE,
                    "POST /api/cases/{trackingNumber}/consultations/{consultationId}/answers",
                    Scope.CASE,
                    Set.of(OFFICER)),
            // Art. 33: the head of the office approves an extension.
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/extensions", Scope.CASE, Set.of(HEAD)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/fee-notices", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/fee-payments", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/drafts", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/draft-submissions", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/secrecy-reviews", Scope.CASE, Set.of(SECRECY)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/approvals", Scope.CASE, Set.of(REVIEWER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/replies", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/deliveries", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/closures", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/withdrawals", Scope.CASE, Set.of(OFFICER)),
            // The applicant withdraws their own request online.
            row(
                    OgiService.CASE,
                    "POST /api/cases/{trackingNumber}/applicant-withdrawals",
                    Scope.CASE,
                    Set.of(APPLICANT)),
            // The applicant follows their own request: status, reply date, the letter once sent (404 before).
            row(OgiService.CASE, "GET /api/me/cases", Scope.LIST, Set.of(APPLICANT)),
            row(OgiService.CASE, "GET /api/me/cases/{trackingNumber}", Scope.CASE, Set.of(APPLICANT)),
            row(OgiService.CASE, "GET /api/me/cases/{trackingNumber}/reply-letter.pdf", Scope.CASE, Set.of(APPLICANT)),
            row(
                    OgiService.CASE,
                    "POST /api/cases/{trackingNumber}/consultations/{consultationId}/letter-receipts",
                    Scope.CASE,
                    Set.of(OFFICER)),
            row(
                    OgiService.CASE,
                    "POST /api/cases/{trackingNumber}/consultations/{consultationId}/disclosure-notices",
                    Scope.CASE,
                    Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/fee-notice-receipts", Scope.CASE, Set.of(OFFICER)),
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/reasons-requests", Scope.CASE, Set.of(OFFICER)),
            // Art. 35: the head of the OGI office decides on the applicant's reasons.
            row(OgiService.CASE, "POST /api/cases/{trackingNumber}/reasons-decisions", Scope.CASE, Set.of(HEAD)),
            row(
                    OgiService.CASE,
                    "POST /api/cases/{trackingNumber}/record-correction-decisions",
                    Scope.CASE,
                    Set.of(OFFICER)),
            row(OgiService.DEADLINE, "GET /api/calendar/working-days", Scope.SHARED, EVERYONE),
            row(OgiService.DEADLINE, "GET /api/calendar/periods", Scope.SHARED, EVERYONE),
            row(OgiService.DEADLINE, "GET /api/calendar/{year}", Scope.SHARED, EVERYONE),
            // One national calendar for every agency: kept by the system-wide administrator, not an agency's.
            row(OgiService.DEADLINE, "PUT /api/calendar/{year}", Scope.SHARED, Set.of(SYSTEM_ADMIN)),
            row(OgiService.DEADLINE, "GET /api/calendar/changes", Scope.SHARED, Set.of(SYSTEM_ADMIN)),
            row(OgiService.DEADLINE, "GET /api/cases/{trackingNumber}/deadlines", Scope.CASE, ALL_STAFF),
            row(OgiService.DEADLINE, "GET /api/deadlines/due-soon", Scope.LIST, ALL_STAFF),
            row(OgiService.DEADLINE, "GET /api/deadlines/overdue", Scope.LIST, ALL_STAFF),
            row(
                    OgiService.APPEALS,
                    "GET /api/cases/{trackingNumber}/appeals",
                    Scope.CASE,
                    Set.of(LEGAL, OFFICER, REVIEWER, HEAD, ADMIN)),
            // Appeals: legal staff write; the head of the office and reviewers read ({number}: an appeal of agency A).
            row(OgiService.APPEALS, "POST /api/appeals", Scope.SHARED, Set.of(LEGAL)),
            row(OgiService.APPEALS, "GET /api/appeals", Scope.LIST, Set.of(LEGAL, HEAD, REVIEWER)),
            row(OgiService.APPEALS, "GET /api/appeals/answers-due", Scope.LIST, Set.of(LEGAL, HEAD, REVIEWER)),
            row(OgiService.APPEALS, "GET /api/appeals/table-four", Scope.LIST, Set.of(LEGAL, HEAD, REVIEWER, ADMIN)),
            row(OgiService.APPEALS, "GET /api/appeals/{number}", Scope.CASE, Set.of(LEGAL, HEAD, REVIEWER)),
            row(OgiService.APPEALS, "GET /api/appeals/{number}/answer.pdf", Scope.CASE, Set.of(LEGAL, HEAD, REVIEWER)),
            row(OgiService.APPEALS, "POST /api/appeals/{number}/answer/draft", Scope.CASE, Set.of(LEGAL)),
            row(OgiService.APPEALS, "POST /api/appeals/{number}/answer/review", Scope.CASE, Set.of(LEGAL)),
            row(OgiService.APPEALS, "POST /api/appeals/{number}/answer/submission", Scope.CASE, Set.of(LEGAL)),
            row(OgiService.APPEALS, "POST /api/appeals/{number}/dates", Scope.CASE, Set.of(LEGAL)),
            row(OgiService.APPEALS, "POST /api/appeals/{number}/outcome", Scope.CASE, Set.of(LEGAL)),
            row(OgiService.APPEALS, "POST /api/appeals/{number}/decision-period-extension", Scope.CASE, Set.of(LEGAL)),
            row(OgiService.APPEALS, "POST /api/appeals/{number}/withdrawal", Scope.CASE, Set.of(LEGAL)),
            row(OgiService.NOTIFICATION, "GET /api/notifications", Scope.LIST, ALL_STAFF),
            // {id}: no notification; staff of the agency get 404, others 403.
            row(
                    OgiService.NOTIFICATION,
                    "POST /api/notifications/{id}/resend",
                    Scope.LIST,
                    Set.of(CLERK, OFFICER, HEAD)),
            row(
                    OgiService.NOTIFICATION,
                    "PUT /api/notifications/{id}/postal-receipt",
                    Scope.LIST,
                    Set.of(CLERK, OFFICER)),
            row(OgiService.NOTIFICATION, "GET /api/notifications/mail-room.pdf", Scope.LIST, Set.of(CLERK, ADMIN)),
            row(
                    OgiService.NOTIFICATION,
                    "GET /api/notifications/{id}/document.pdf",
                    Scope.LIST,
                    Set.of(CLERK, OFFICER, HEAD, LEGAL)),
            row(
                    OgiService.NOTIFICATION,
                    "GET /api/notifications/{id}/preview",
                    Scope.LIST,
                    Set.of(CLERK, OFFICER, HEAD, LEGAL)),
            row(
                    OgiService.NOTIFICATION,
                    "GET /api/notifications/templates/{kind}/preview",
                    Scope.LIST,
                    Set.of(CLERK, OFFICER, HEAD, LEGAL, ADMIN)),
            // The SMS gateway's delivery reports: signed with the secret it shares with notification-service.
            row(OgiService.NOTIFICATION, "POST /api/sms/delivery-reports", Scope.CALLBACK, Set.of()),
            row(OgiService.NOTIFICATION, "GET /api/me/notifications", Scope.LIST, plus(ALL_STAFF, APPLICANT)),
            row(OgiService.NOTIFICATION, "PUT /api/me/notifications/{id}/read", Scope.LIST, plus(ALL_STAFF, APPLICANT)),
            row(
                    OgiService.NOTIFICATION,
                    "PUT /api/me/requests/{trackingNumber}/notification-channel",
                    Scope.CASE,
                    Set.of(APPLICANT)),
            // The annual report of the caller's own agency: read by the office head, reviewers, legal staff and the
            // agency's administrator; frozen and fed with pre-system cases by the head; rebuilt by the system admin.
            row(OgiService.REPORT, "GET /api/reports/{year}", Scope.LIST, REPORT_READERS),
            row(OgiService.REPORT, "GET /api/reports/{year}/cells", Scope.LIST, REPORT_READERS),
            row(OgiService.REPORT, "GET /api/reports/{year}/report.csv", Scope.LIST, REPORT_READERS),
            row(OgiService.REPORT, "GET /api/reports/{year}/report.xlsx", Scope.LIST, REPORT_READERS),
            row(OgiService.REPORT, "GET /api/reports/{year}/report.pdf", Scope.LIST, REPORT_READERS),
            row(OgiService.REPORT, "GET /api/reports/{year}/rollup", Scope.LIST, REPORT_READERS),
            row(OgiService.REPORT, "POST /api/reports/{year}/freeze", Scope.LIST, Set.of(HEAD)),
            row(OgiService.REPORT, "POST /api/reports/carried-over-cases", Scope.LIST, Set.of(HEAD)),
            row(OgiService.REPORT, "POST /api/reports/rebuild", Scope.SHARED, Set.of(SYSTEM_ADMIN)),
            row(OgiService.REPORT, "GET /api/reports/rebuild/{id}", Scope.SHARED, Set.of(SYSTEM_ADMIN)));

    private static final DemoUsers USERS = new DemoUsers();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String trackingNumber;
    private static String agencyName;

    @BeforeAll
    static void theApplicantSubmitsARequestToAgencyA() {
        String applicant = USERS.token("applicant");
        trackingNumber = Services.as(applicant, OgiService.INTAKE)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(InformationRequests.WEB_REQUEST)
                .when()
                .post("/api/requests")
                .then()
                .statusCode(201)
                .extract()
                .path("trackingNumber");
        String officer = USERS.token("officer");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Services.okBody(Services.as(officer, OgiService.CASE).when().get("/api/cases/{tn}", trackingNumber));
            Services.okBody(
                    Services.as(officer, OgiService.DEADLINE).when().get("/api/cases/{tn}/deadlines", trackingNumber));
        });
        agencyName = Services.okBody(
                        Services.as(officer, OgiService.INTAKE).when().get("/api/agencies/A"))
                .getString("name");
    }

    @AfterAll
    static void agencyAGetsItsNameBack() {
        Services.as(USERS.token("admin"), OgiService.INTAKE)
                .contentType(ContentType.JSON)
                .body(Map.of("name", agencyName))
                .when()
                .put("/api/agencies/A")
                .then()
                .statusCode(200);
    }

    @Test
    void everyRoleGetsTheDeclaredAnswerAndNothingOfOthers() throws Exception {
        long begin = System.nanoTime();
        List<ApiOperations.Operation> operations = ApiOperations.of(EndToEndStack.config());
        Set<String> undeclared = operations.stream()
                .map(AuthorisationMatrixIT::key)
                .filter(key -> !EXPECTED.containsKey(key))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(undeclared).as("operations without a row in EXPECTED").isEmpty();

        Map<String, String> broken =
                BrokenTokens.of(USERS.token("clerk"), BrokenTokens.expired("clerk"), BrokenTokens.otherRealm());
        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (ApiOperations.Operation operation : operations) {
            Row row = EXPECTED.get(key(operation));
            for (DemoLogins.DemoLogin user : USERS.all()) {
                RawHttp.Response response = call(
                        operation,
                        "Bearer " + USERS.token(user.username()),
                        user.roles().contains(APPLICANT));
                cells++;
                String expected = expected(row, user);
                String cell = String.format("%-60s %-11s", key(operation), user.username());
                int status = response.status();
                boolean met = switch (expected) {
                    case "401" -> status == 401;
                    case "403" -> status == 403;
                    case "403/404" -> status == 403 || status == 404;
                    default -> status != 401 && status != 403 && status > 0 && status < 500;
                };
                if (!met) {
                    failures.add(cell + " expected " + expected + ", got " + status);
                }
                String body = response.text();
                if (status < 300 && !owns(user) && body.contains(trackingNumber)) {
                    failures.add(cell + " answered " + status + " mentioning the other's request " + trackingNumber);
                }
                boolean otherAgency =
                        user.agency().filter(agency -> !agency.equals("A")).isPresent();
                if (status < 300 && row.scope() == Scope.LIST && otherAgency && body.contains("\"agency\":\"A\"")) {
                    failures.add(cell + " answered " + status + " with a list holding agency A's items");
                }
                if (body.contains(FULL_ID_NUMBER) && !user.roles().contains(CLERK)) {
                    failures.add(cell + " answered " + status + " with a full identity number");
                }
            }
            for (Map.Entry<String, String> token : broken.entrySet()) {
                cells++;
                int status = call(operation, token.getValue(), false).status();
                if (status != 401) {
                    failures.add(
                            String.format("%-60s %-11s expected 401, got %d", key(operation), token.getKey(), status));
                }
            }
            cells++;
            int anonymous = call(operation, null, false).status();
            if (anonymous != 401) {
                failures.add(String.format("%-60s %-11s expected 401, got %d", key(operation), "no token", anonymous));
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - begin).toSeconds();
        System.out.printf(
                "%n[reliability] Authorisation matrix: %,d cells checked (%d operations x (%d demo users"
                        + " + no token + %d broken tokens)) in %d s, %d failed%n",
                cells, operations.size(), USERS.all().size(), broken.size(), seconds, failures.size());
        failures.forEach(failure -> System.out.println("  FAILED " + failure));
        assertThat(failures).as("cells of the authorisation matrix").isEmpty();
    }

    /**
     * "pass": the role may call it and the answer is its business (2xx, 404, 409, 400 of the body), never 401,
     * 403 or 5xx; "403": the role may not; "403/404": the request (or agency) is not the caller's; "401": a
     * callback, which no token opens.
     */
    private static String expected(Row row, DemoLogins.DemoLogin user) {
        if (row.scope() == Scope.CALLBACK) {
            return "401";
        }
        // To whom the request is hidden, whether the role would do or not.
        if (row.scope() == Scope.CASE && !owns(user)
                || row.scope() == Scope.AGENCY && !user.agency().equals(Optional.of("A"))) {
            return "403/404";
        }
        return user.roles().stream().anyMatch(row.roles()::contains) ? "pass" : "403";
    }

    /** Staff of agency A and the applicant who submitted the request. */
    private static boolean owns(DemoLogins.DemoLogin user) {
        return user.agency().equals(Optional.of("A")) || user.username().equals("applicant");
    }

    /** The operation on the applicant's request, with a valid body from its schema (applicants submit on the web). */
    private static RawHttp.Response call(ApiOperations.Operation operation, String authorization, boolean applicant)
            throws Exception {
        String target = operation
                .path()
                .replace("{trackingNumber}", trackingNumber)
                .replace("{code}", "A")
                .replace("{year}", "2199")
                .replace("{queue}", "awaiting-acceptance")
                .replace("{id}", "1")
                .replace("{consultationId}", "1")
                .replace("{number}", "FY-A-0000")
                .replace("{kind}", "REPLY");
        if (operation.key().equals("GET /api/notifications")) {
            target += "?trackingNumber=" + trackingNumber;
        }
        RawHttp.Request request = RawHttp.Request.of(operation.method(), target);
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        if (operation.bodySchema().isPresent()) {
            String type = operation.bodyType().orElseThrow();
            byte[] body = type.contains("json")
                    ? JSON.writeValueAsBytes(HostileRequests.sample(
                            operation, operation.bodySchema().get(), "", 0))
                    : "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
            request = request.body(type.contains("json") ? "application/json" : "application/pdf", body);
            if (operation.path().endsWith("/attachments")) {
                request = RawHttp.Request.of(operation.method(), target + "?fileName=proof.pdf")
                        .body("application/pdf", body);
                if (authorization != null) {
                    request = request.header("Authorization", authorization);
                }
            }
        }
        if (operation.key().equals("POST /api/requests")) {
            String registration = applicant ? InformationRequests.WEB_REQUEST : InformationRequests.IN_PERSON_REQUEST;
            request = request.body("application/json", registration.getBytes(StandardCharsets.UTF_8))
                    .header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return RawHttp.send(EndToEndStack.config().servicePort(operation.service()), request);
    }

    private static String key(ApiOperations.Operation operation) {
        return operation.service().module() + " " + operation.key();
    }

    private static Map.Entry<String, Row> row(OgiService service, String operation, Scope scope, Set<String> roles) {
        return Map.entry(service.module() + " " + operation, new Row(scope, roles));
    }

    private static Set<String> plus(Set<String> roles, String... more) {
        return Stream.concat(roles.stream(), Stream.of(more)).collect(Collectors.toUnmodifiableSet());
    }
}
