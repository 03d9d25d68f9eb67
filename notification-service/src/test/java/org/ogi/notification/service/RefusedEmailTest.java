package org.ogi.notification.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
        // The text message is worded for SMS, not the e-mail's text cut short.
        assertThat(MailAndSms.sms().to(phone))
                .singleElement()
                .satisfies(m -> assertThat(m.text())
                        .isEqualTo(sms.get("body"))
                        .startsWith("【")
                        .contains(tn)
                        .contains("条例第三十三条")
                        .contains("http://localhost:8080")
                        .doesNotContain("您好！"));
        assertThat((String) email.get("body")).contains("您好！");
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

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void aBouncedAddressSwitchesToPostWithTheLetterNotTheEmailText() throws Exception {
        String tn = TestEvents.newTrackingNumber("A");
        publish(tn, "nobody@bounce.example", null, "北京市西城区" + tn + "号");

        Map<String, Object> email = Notified.await(tn, "ACKNOWLEDGEMENT", "EMAIL", "FAILED");
        Map<String, Object> letter = Notified.await(tn, "ACKNOWLEDGEMENT", "POST", "SENT");
        assertThat(letter.get("replaces")).isEqualTo(email.get("id"));
        assertThat((String) letter.get("subject")).isEqualTo("政府信息公开申请收到告知书");
        assertThat((String) letter.get("body")).contains("特此告知。").doesNotContain("您好！");

        byte[] batch = given().queryParam(
                        "date", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString())
                .get("/api/notifications/mail-room.pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument pdf = Loader.loadPDF(batch)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("北京市西城区" + tn + "号").contains("收到告知书").contains("特此告知");
        }
    }

    private static void publish(String tn, String email, String phone, String address) {
        var received = TestEvents.requestReceived(tn, "A", LocalDate.of(2026, 11, 23));
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED, tn, Requests.withContact(received, email, phone, address, null)));
    }
}
