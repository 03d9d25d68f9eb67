package org.ogi.notification.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.NotificationEvents;
import org.ogi.notification.testing.MailAndSms;
import org.ogi.notification.testing.Notified;
import org.ogi.notification.testing.RecordingSmsGateway;
import org.ogi.notification.testing.Requests;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.TestEvents;

/**
 * The recording gateway reports each text's delivery to this service, signed (README: SMS contract): DELIVERED is the
 * proof of service, UNDELIVERED a permanent failure that moves the notice on; nothing else gets in.
 */
@QuarkusTest
class SmsDeliveryReportTest {

    @Test
    void aDeliveredTextIsServedOnceAndARepeatedReportChangesNothing() {
        String tn = TestEvents.newTrackingNumber("A");
        String phone = "133" + tn.substring(tn.length() - 8);
        publish(tn, phone, null);
        Map<String, Object> sms = Awaitility.await()
                .until(() -> Notified.await(tn, "ACKNOWLEDGEMENT", "SMS", "SENT"), r -> r.get("delivered_at") != null);
        RecordingSmsGateway.Sms sent = MailAndSms.sms().to(phone).get(0);

        byte[] again = MailAndSms.sms().reportOf(sent, true);
        post(again, MailAndSms.sms().sign(again)).statusCode(204);
        // Undelivered after delivered contradicts it: refused, nothing changes.
        byte[] contrary = MailAndSms.sms().reportOf(sent, false);
        post(contrary, MailAndSms.sms().sign(contrary)).statusCode(409).contentType("application/problem+json");

        assertThat(Notified.rows(tn)).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("SENT");
            assertThat(row.get("delivered_at")).isEqualTo(sms.get("delivered_at"));
        });
        assertThat(KafkaTestClient.eventsFor(Topics.NOTIFICATIONS, tn, 3, Duration.ofSeconds(10)).stream()
                        .filter(e -> e.is(Events.NOTIFICATION_SERVED)))
                .singleElement()
                .satisfies(e -> assertThat(e.dataAs(Events.NOTIFICATION_SERVED).channel())
                        .isEqualTo("SMS"));
    }

    @Test
    void anUndeliveredTextSwitchesToTheLetterAndARepeatedReportAddsNothing() {
        String tn = TestEvents.newTrackingNumber("A");
        // 104…: the gateway accepts it, then reports it undelivered (空号).
        String phone = "104" + tn.substring(tn.length() - 8);
        publish(tn, phone, "上海市黄浦区" + tn + "号");

        Map<String, Object> sms = Notified.await(tn, "ACKNOWLEDGEMENT", "SMS", "FAILED");
        assertThat(sms.get("provider_id")).asString().startsWith("sms-");
        assertThat(sms.get("failure_reason")).isEqualTo("短信未送达：空号");
        Map<String, Object> letter = Notified.await(tn, "ACKNOWLEDGEMENT", "POST", "SENT");
        assertThat(letter.get("replaces")).isEqualTo(sms.get("id"));
        assertThat((String) letter.get("body")).contains("特此告知。");
        List<CloudEvent> events = KafkaTestClient.eventsFor(Topics.NOTIFICATIONS, tn, 4, Duration.ofSeconds(10));
        assertThat(events.stream().filter(e -> e.is(Events.NOTIFICATION_FAILED)))
                .singleElement()
                .satisfies(e -> {
                    NotificationEvents.Failed failed = e.dataAs(Events.NOTIFICATION_FAILED);
                    assertThat(failed.channel()).isEqualTo("SMS");
                    assertThat(failed.nextChannel()).isEqualTo("POST");
                });
        assertThat(events).noneMatch(e -> e.is(Events.NOTIFICATION_SERVED));

        byte[] again = MailAndSms.sms().reportOf(MailAndSms.sms().to(phone).get(0), false);
        post(again, MailAndSms.sms().sign(again)).statusCode(204);
        Awaitility.await()
                .during(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(Notified.rows(tn)).hasSize(2));
    }

    @Test
    void anUndeliveredTextWithNoChannelLeftGivesTheHeadOfTheOgiOfficeATask() {
        String tn = TestEvents.newTrackingNumber("A");
        publish(tn, "104" + tn.substring(tn.length() - 8), null);
        Notified.await(tn, "ACKNOWLEDGEMENT", "SMS", "FAILED");
        Map<String, Object> task = Notified.await(tn, "DELIVERY_FAILED", "PORTAL", "SENT");
        assertThat(task.get("recipient_role")).isEqualTo("ogi-office-head");
        assertThat(task.get("body")).asString().contains("短信未送达：空号");
    }

    @Test
    void unsignedWronglySignedUnknownAndUnreadableReportsGetProblems() {
        RecordingSmsGateway.Sms nobody =
                new RecordingSmsGateway.Sms("<no-such-message@ogi.notification.local>", "13300000000", "", "sms-x");
        byte[] report = MailAndSms.sms().reportOf(nobody, true);

        post(report, null).statusCode(401).contentType("application/problem+json");
        post(report, ReportSignature.sign("not-the-secret", report))
                .statusCode(401)
                .contentType("application/problem+json");
        post(report, MailAndSms.sms().sign(report)).statusCode(404).contentType("application/problem+json");

        byte[] unreadable = "{\"id\": ".getBytes(StandardCharsets.UTF_8);
        post(unreadable, MailAndSms.sms().sign(unreadable)).statusCode(400).contentType("application/problem+json");
        byte[] incomplete = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        post(incomplete, MailAndSms.sms().sign(incomplete))
                .statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("providerId", "status", "at"));
        byte[] badStatus =
                "{\"id\":\"x\",\"providerId\":\"y\",\"status\":\"LOST\",\"at\":\"2026-11-24T10:00:00+08:00\"}"
                        .getBytes(StandardCharsets.UTF_8);
        post(badStatus, MailAndSms.sms().sign(badStatus)).statusCode(400).body("status", equalTo(400));
    }

    private static ValidatableResponse post(byte[] body, String signature) {
        var request = given().contentType("application/json").body(body);
        if (signature != null) {
            request = request.header(ReportSignature.HEADER, signature);
        }
        return request.post("/api/sms/delivery-reports").then();
    }

    private static void publish(String tn, String phone, String address) {
        var received = TestEvents.requestReceived(tn, "A", LocalDate.of(2026, 11, 24));
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED, tn, Requests.withContact(received, null, phone, address, null, "ONLINE")));
    }
}
