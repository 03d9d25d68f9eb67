package org.ogi.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.EventCodec;
import org.ogi.contracts.Topics;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TransactionalOutboxTest {

    @Test
    void committedChangeIsPublishedAsCloudEventKeyedByTrackingNumber() {
        String subject = newSubject();
        String eventId = given().queryParam("subject", subject)
                .post("/test/notes")
                .then()
                .statusCode(200)
                .extract()
                .asString();

        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.CASES, subject, 1, Duration.ofSeconds(20));
        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo(eventId);
            assertThat(event.specversion()).isEqualTo("1.0");
            assertThat(event.type()).isEqualTo("ogi.case.opened.v1");
            assertThat(event.source()).isEqualTo("/platform-test");
            assertThat(event.subject()).isEqualTo(subject);
            assertThat(event.time()).isNotNull();
            assertThat(event.data().get("trackingNumber").asText()).isEqualTo(subject);
        });
        await().atMost(Duration.ofSeconds(10)).until(() -> publishedAt(subject) != null);
    }

    @Test
    void eventsAppendedTogetherAreAllPublishedInTheirOrder() {
        String subject = newSubject();
        List<String> ids = given().queryParam("subject", subject)
                .queryParam("count", 12)
                .post("/test/notes/series")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList(".", String.class);

        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.CASES, subject, 12, Duration.ofSeconds(20));
        assertThat(events)
                .extracting(CloudEvent::id)
                .containsExactlyElementsOf(ids)
                .doesNotHaveDuplicates();
        assertThat(events)
                .extracting(event -> event.data().get("receivedDate").asText())
                .containsExactlyElementsOf(IntStream.range(0, 12)
                        .mapToObj(day -> NoteResource.SERIES_START.plusDays(day).toString())
                        .toList());
    }

    @Test
    void moreEventsThanOneStatementCanCarryAreAllStoredInTheirOrder() throws Exception {
        // 6 parameters per event: 5,500 events need two statements.
        String subject = newSubject();
        given().queryParam("subject", subject)
                .queryParam("count", 5_500)
                .post("/test/notes/series")
                .then()
                .statusCode(200);

        List<String> stored = new ArrayList<>();
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select payload from outbox_message where message_key = ? order by id")) {
            statement.setString(1, subject);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    stored.add(EventCodec.fromJson(rows.getString(1))
                            .data()
                            .get("receivedDate")
                            .asText());
                }
            }
        }
        assertThat(stored)
                .containsExactlyElementsOf(IntStream.range(0, 5_500)
                        .mapToObj(day -> NoteResource.SERIES_START.plusDays(day).toString())
                        .toList());
    }

    @Test
    void rolledBackChangePublishesNothing() throws Exception {
        String rolledBack = newSubject();
        given().queryParam("subject", rolledBack)
                .queryParam("fail", true)
                .post("/test/notes")
                .then()
                .statusCode(500)
                .contentType("application/problem+json");
        String committed = newSubject();
        given().queryParam("subject", committed).post("/test/notes").then().statusCode(200);

        // The relay publishes in commit order, so once the later event is on the topic the earlier would be too.
        assertThat(KafkaTestClient.eventsFor(Topics.CASES, committed, 1, Duration.ofSeconds(20)))
                .hasSize(1);
        assertThat(KafkaTestClient.eventsFor(Topics.CASES, rolledBack, 1, Duration.ofSeconds(1)))
                .isEmpty();
        assertThat(count("select count(*) from note where subject = ?", rolledBack))
                .isZero();
        assertThat(count("select count(*) from outbox_message where message_key = ?", rolledBack))
                .isZero();
    }

    @Test
    void appendOutsideATransactionIsRefused() throws Exception {
        String subject = newSubject();
        given().queryParam("subject", subject)
                .post("/test/notes/without-transaction")
                .then()
                .statusCode(500);

        assertThat(count("select count(*) from outbox_message where message_key = ?", subject))
                .isZero();
    }

    @Test
    void writesSucceedWhileTheBrokerIsDownAndTheirEventsArriveAfterItIsBack() throws Exception {
        OgiInfrastructure.stopBroker();
        String subject = newSubject();
        try {
            given().queryParam("subject", subject).post("/test/notes").then().statusCode(200);
            assertThat(count("select count(*) from note where subject = ?", subject))
                    .isOne();
            assertThat(publishedAt(subject)).isNull();
        } finally {
            OgiInfrastructure.startBroker();
        }

        assertThat(KafkaTestClient.eventsFor(Topics.CASES, subject, 1, Duration.ofSeconds(60)))
                .hasSize(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> publishedAt(subject) != null);
    }

    static String newSubject() {
        return "T-" + UUID.randomUUID();
    }

    static long count(String sql, String parameter) throws Exception {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Object publishedAt(String subject) throws Exception {
        try (Connection connection = OgiInfrastructure.openDatabaseConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select published_at from outbox_message where message_key = ?")) {
            statement.setString(1, subject);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        }
    }
}
