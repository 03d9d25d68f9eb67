package org.ogi.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogi.contracts.Topics;
import org.ogi.stack.OgiService;
import org.ogi.testsupport.KafkaTestClient;

/**
 * The walking skeleton: a request an intake clerk registers becomes a case with a reply deadline, an
 * acknowledgement and an appeals record, each kept by its own service and told to the others through Kafka.
 */
@ExtendWith(EndToEndStack.class)
class RegisteredRequestFlowsThroughAllServicesIT {

    /** How long the services may take to pass an event along. */
    private static final Duration PROPAGATION = Duration.ofSeconds(30);

    private static final String TRACKING_NUMBER_OF_AGENCY_A = "A-\\d{4}-\\d{6}";

    private final TokenClient tokens = TokenClient.ofStack();
    private final String clerk = tokens.accessTokenOf("clerk");

    @Test
    void aRegisteredRequestBecomesACaseWithAReplyDeadlineAnAcknowledgementAndAnAppealsRecord() {
        Response registered = InformationRequests.register(clerk);
        JsonPath request = registered.jsonPath();
        String trackingNumber = request.getString("trackingNumber");
        String receivedDate = request.getString("receivedDate");
        assertThat(trackingNumber).matches(TRACKING_NUMBER_OF_AGENCY_A);
        assertThat(request.getString("agency")).isEqualTo("A");
        assertThat(request.getString("channel")).isEqualTo("IN_PERSON");
        assertThat(LocalDate.parse(receivedDate)).isNotNull();
        assertThat(request.getString("status")).isNotBlank();
        assertThat(registered.header("Location")).endsWith("/api/requests/" + trackingNumber);

        JsonPath readBack = Services.as(clerk, OgiService.INTAKE)
                .when()
                .get("/api/requests/{tn}", trackingNumber)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(readBack.getString("trackingNumber")).isEqualTo(trackingNumber);
        assertThat(readBack.getString("receivedDate")).isEqualTo(receivedDate);

        // The reply deadline is twenty working days (Art. 33).
        String replyDueDate = WorkingDays.after(clerk, receivedDate, 20);

        await("the case with its reply deadline").atMost(PROPAGATION).untilAsserted(() -> {
            JsonPath aCase =
                    Services.okBody(Services.as(clerk, OgiService.CASE).when().get("/api/cases/{tn}", trackingNumber));
            assertThat(aCase.getString("trackingNumber")).isEqualTo(trackingNumber);
            assertThat(aCase.getString("agency")).isEqualTo("A");
            assertThat(aCase.getString("state")).isEqualTo("RECEIVED");
            assertThat(aCase.getString("receivedDate")).isEqualTo(receivedDate);
            assertThat(aCase.getString("replyDueDate")).isEqualTo(replyDueDate);
        });

        await("the running reply clock").atMost(PROPAGATION).untilAsserted(() -> {
            JsonPath deadlines = Services.okBody(
                    Services.as(clerk, OgiService.DEADLINE).when().get("/api/cases/{tn}/deadlines", trackingNumber));
            assertThat(deadlines.getString("trackingNumber")).isEqualTo(trackingNumber);
            assertThat(deadlines.getString("clocks.find { it.kind == 'REPLY' }.dueDate"))
                    .isEqualTo(replyDueDate);
            assertThat(deadlines.getString("clocks.find { it.kind == 'REPLY' }.status"))
                    .isEqualTo("RUNNING");
        });

        await("the acknowledgement").atMost(PROPAGATION).untilAsserted(() -> {
            List<Map<String, Object>> notifications = Services.okBody(Services.as(clerk, OgiService.NOTIFICATION)
                            .queryParam("trackingNumber", trackingNumber)
                            .when()
                            .get("/api/notifications"))
                    .getList("$");
            assertThat(notifications)
                    .anySatisfy(notification -> assertThat(notification)
                            .containsEntry("kind", "ACKNOWLEDGEMENT")
                            .containsEntry("trackingNumber", trackingNumber));
        });

        String legalOfficer = tokens.accessTokenOf("legal"); // appeals are not intake's business
        await("the appeals record").atMost(PROPAGATION).untilAsserted(() -> {
            JsonPath appeals = Services.okBody(Services.as(legalOfficer, OgiService.APPEALS)
                    .when()
                    .get("/api/cases/{tn}/appeals", trackingNumber));
            assertThat(appeals.getString("trackingNumber")).isEqualTo(trackingNumber);
            assertThat(appeals.getString("agency")).isEqualTo("A");
            assertThat(appeals.getList("appeals")).isEmpty();
        });

        JsonPath event = JsonPath.from(KafkaTestClient.valuesKeyed(
                        EndToEndStack.config().kafkaBootstrapServers(), Topics.REQUESTS, trackingNumber, 1, PROPAGATION)
                .get(0));
        assertThat(event.getString("specversion")).isEqualTo("1.0");
        assertThat(event.getString("type")).isEqualTo("ogi.request.received.v1");
        assertThat(event.getString("subject")).isEqualTo(trackingNumber);
    }
}
