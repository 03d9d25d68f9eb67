package org.ogi.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.Events;
import org.ogi.notification.testing.MailAndSms;
import org.ogi.notification.testing.Notified;
import org.ogi.notification.testing.RefusingMailProfile;
import org.ogi.notification.testing.Requests;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.TestEvents;

/** The SMTP relay refuses: transient refusals are retried with backoff, permanent ones switch channel at once. */
@QuarkusTest
@TestProfile(RefusingMailProfile.class)
class RefusedEmailTest {

    @Test
    void aBouncedAddressSwitchesToSmsAtOnce() {
        String tn = TestEvents.newTrackingNumber("A");
        String phone = "139" + tn.substring(tn.length() - 8);
        publish(tn, "nobody@bounce.example", phone, null);

        Map<String, Object> email = Notified.await(tn, "ACKNOWLEDGEMENT", "EMAIL", "FAILED");
        assertThat(email.get("failure_reason")).asString().startsWith("SMTP 550");
        assertThat(email.get("attempts")).isEqualTo(1);
        Map<String, Object> sms = Notified.await(tn, "ACKNOWLEDGEMENT", "SMS", "SENT");
        assertThat(sms.get("replaces")).isEqualTo(email.get("id"));
        assertThat(MailAndSms.sms().to(phone))
                .singleElement()
                .satisfies(m -> assertThat(m.text()).contains(tn));
        assertThat(KafkaTestClient.eventsFor(Topics.NOTIFICATIONS, tn, 4, Duration.ofSeconds(20)))
                .extracting(CloudEvent::type)
                .contains("ogi.notification.failed.v1", "ogi.notification.sent.v1");
    }

    @Test
    void aBusyRelayIsRetriedWithBackoffThenTheNextChannelIsUsed() {
        String tn = TestEvents.newTrackingNumber("A");
        String phone = "137" + tn.substring(tn.length() - 8);
        publish(tn, "someone@busy.example", phone, null);

        Map<String, Object> email = Notified.await(tn, "ACKNOWLEDGEMENT", "EMAIL", "FAILED");
        assertThat(email.get("attempts")).isEqualTo(3);
        assertThat(email.get("failure_reason"))
                .asString()
                .startsWith("SMTP 451")
                .endsWith("（已重试3次）");
        Notified.await(tn, "ACKNOWLEDGEMENT", "SMS", "SENT");
        assertThat(MailAndSms.sms().to(phone)).hasSize(1);
    }

    @Test
    void withNoChannelLeftTheHeadOfTheOgiOfficeGetsATask() {
        String tn = TestEvents.newTrackingNumber("A");
        publish(tn, "nobody@bounce.example", "10012345678", null);

        Notified.await(tn, "ACKNOWLEDGEMENT", "EMAIL", "FAILED");
        Map<String, Object> sms = Notified.await(tn, "ACKNOWLEDGEMENT", "SMS", "FAILED");
        assertThat(sms.get("failure_reason")).asString().contains("422");
        Map<String, Object> task = Notified.await(tn, "DELIVERY_FAILED", "PORTAL", "SENT");
        assertThat(task.get("recipient_role")).isEqualTo("ogi-office-head");
        assertThat(task.get("body")).asString().contains("政府信息公开申请收到告知").contains("422");
        Awaitility.await()
                .during(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(Notified.rows(tn)).hasSize(3));
    }

    private static void publish(String tn, String email, String phone, String address) {
        var received = TestEvents.requestReceived(tn, "A", LocalDate.of(2026, 11, 23));
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED, tn, Requests.withContact(received, email, phone, address, null)));
    }
}
