package org.ogi.notification.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.Events;
import org.ogi.contracts.v1.NotificationEvents;
import org.ogi.notification.testing.MailAndSms;
import org.ogi.notification.testing.Notified;
import org.ogi.notification.testing.Requests;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.TestEvents;

/** The same notices by SMS and by post; the posted letter's receipt is the proof of service. */
@QuarkusTest
class ChannelsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @Test
    void withOnlyAPhoneNumberTheNoticesGoBySmsWithinTwoSegmentsPointingToThePortal() {
        String tn = TestEvents.newTrackingNumber("A");
        String phone = "135" + tn.substring(tn.length() - 8);
        publish(tn, null, phone, null);
        Notified.await(tn, "ACKNOWLEDGEMENT", "SMS", "SENT");
        reply(tn);
        Map<String, Object> row = Notified.await(tn, "REPLY", "SMS", "SENT");

        assertThat(MailAndSms.sms().to(phone)).hasSize(2).allSatisfy(sms -> {
            assertThat(sms.text()).contains(tn).contains("http://localhost:8080");
            // Two concatenated UCS-2 segments hold 134 characters.
            assertThat(sms.text().codePointCount(0, sms.text().length())).isLessThanOrEqualTo(134);
        });
        assertThat(MailAndSms.sms().to(phone).get(1).id()).isEqualTo(row.get("message_id"));
        assertThat(row.get("provider_id")).asString().startsWith("sms-");

        // Served when the delivery report says the text reached the phone, not when the provider accepted it.
        Map<String, Object> delivered = Awaitility.await()
                .until(() -> Notified.await(tn, "REPLY", "SMS", "SENT"), r -> r.get("delivered_at") != null);
        NotificationEvents.Served proof = servedReply(tn);
        assertThat(proof.channel()).isEqualTo("SMS");
        assertThat(proof.servedOn())
                .isEqualTo(((java.sql.Timestamp) delivered.get("delivered_at"))
                        .toInstant()
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toLocalDate());
        assertThat(proof.proof()).contains(row.get("provider_id").toString()).contains("送达报告时间");
    }

    @Test
    @TestSecurity(user = "clerk", roles = "intake-clerk")
    @OidcSecurity(claims = @Claim(key = "agency", value = "A"))
    void withOnlyAnAddressTheLetterIsInTheDaysBatchAndItsReceiptIsTheProofOfService() throws Exception {
        String tn = TestEvents.newTrackingNumber("A");
        publish(tn, null, null, "北京市东城区景山前街" + tn + "号");
        reply(tn);
        Map<String, Object> letter = Notified.await(tn, "REPLY", "POST", "SENT");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(letter.get("provider_id")).isEqualTo("mail-room:" + today);

        byte[] batch = given().queryParam("date", today.toString())
                .get("/api/notifications/mail-room.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
        try (PDDocument pdf = Loader.loadPDF(batch)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("北京市东城区景山前街" + tn + "号").contains("收件人").contains(tn);
            assertThat(text).contains("经审查，您申请的信息予以公开。");
        }

        given().contentType(ContentType.JSON)
                .body(Map.of("postalTrackingNumber", "XA123456789CN", "signedForOn", today.toString()))
                .put("/api/notifications/{id}/postal-receipt", letter.get("id").toString())
                .then()
                .statusCode(200);
        // The served event follows the letters' recorded and sent events: read until it is there, not a fixed count.
        NotificationEvents.Served proof = servedReply(tn);
        assertThat(proof.servedOn()).isEqualTo(today);
        assertThat(proof.channel()).isEqualTo("POST");
        assertThat(proof.proof()).contains("XA123456789CN");

        // Recording it again is harmless; a different receipt is a conflict.
        given().contentType(ContentType.JSON)
                .body(Map.of("postalTrackingNumber", "XA123456789CN", "signedForOn", today.toString()))
                .put("/api/notifications/{id}/postal-receipt", letter.get("id").toString())
                .then()
                .statusCode(200);
        given().contentType(ContentType.JSON)
                .body(Map.of("postalTrackingNumber", "XA999", "signedForOn", today.toString()))
                .put("/api/notifications/{id}/postal-receipt", letter.get("id").toString())
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
    }

    private static void publish(String tn, String email, String phone, String address) {
        var received = TestEvents.requestReceived(tn, "A", DAY);
        TestEvents.publish(TestEvents.event(
                Events.REQUEST_RECEIVED, tn, Requests.withContact(received, email, phone, address, null)));
        Notified.await(tn, "ACKNOWLEDGEMENT", email != null ? "EMAIL" : phone != null ? "SMS" : "POST", null);
    }

    private static void reply(String tn) {
        TriggersTest.publish(Events.CASE_REPLIED, tn, TriggersTest.replied(tn, null, "POST"));
    }

    /** The served event of {@code tn}'s reply, once it is on ogi.notifications. */
    static NotificationEvents.Served servedReply(String tn) {
        CloudEvent served = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> KafkaTestClient.eventsFor(Topics.NOTIFICATIONS, tn, 5, Duration.ofSeconds(5)).stream()
                                .filter(e -> e.is(Events.NOTIFICATION_SERVED))
                                .filter(e -> e.dataAs(Events.NOTIFICATION_SERVED)
                                        .kind()
                                        .equals("REPLY"))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        return served.dataAs(Events.NOTIFICATION_SERVED);
    }
}
