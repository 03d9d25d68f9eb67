package org.ogi.notification.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.ogi.contracts.CloudEvent;
import org.ogi.contracts.Topics;
import org.ogi.contracts.v1.Events;
import org.ogi.notification.testing.MailAndSms;
import org.ogi.notification.testing.Notified;
import org.ogi.notification.testing.Requests;
import org.ogi.testsupport.KafkaTestClient;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MailAndSms.class, scope = TestResourceScope.GLOBAL)
class EmailDeliveryTest {

    @Test
    void theAcknowledgementArrivesByEmailWithTextHtmlAndAPdfThatOpens() throws Exception {
        String trackingNumber = TestEvents.newTrackingNumber("A");
        String email = "ack-" + trackingNumber.toLowerCase() + "@example.cn";
        var received = TestEvents.requestReceived(trackingNumber, "A", LocalDate.of(2026, 11, 23));
        var applicant = received.applicant();
        CloudEvent event = TestEvents.event(
                Events.REQUEST_RECEIVED,
                trackingNumber,
                Requests.withContact(received, email, applicant.phone(), applicant.address(), null));
        TestEvents.publish(event);
        TestEvents.publish(event);

        Map<String, Object> row = Notified.await(trackingNumber, "ACKNOWLEDGEMENT", "EMAIL", "SENT");
        List<MimeMessage> mails =
                await().atMost(Duration.ofSeconds(20)).until(() -> MailAndSms.mailTo(email), list -> !list.isEmpty());
        MimeMessage mail = mails.get(0);
        assertThat(mail.getSubject()).isEqualTo("政府信息公开申请收到告知（" + trackingNumber + "）");
        assertThat(mail.getHeader("Message-ID")[0]).isEqualTo(row.get("message_id"));
        assertThat(row.get("provider_id")).isEqualTo(row.get("message_id"));

        List<Part> parts = leaves(mail);
        assertThat(text(parts, "text/plain"))
                .contains("张三：")
                .contains("2026年11月23日收到")
                .contains("第三十三条第二款")
                .contains("20个工作日");
        assertThat(text(parts, "text/html")).contains("<p>").contains(trackingNumber);
        Part pdf = parts.stream()
                .filter(p -> isType(p, "application/pdf"))
                .findFirst()
                .orElseThrow();
        assertThat(MimeUtility.decodeText(pdf.getFileName())).isEqualTo("通知-" + trackingNumber + ".pdf");
        try (InputStream in = pdf.getInputStream();
                PDDocument document = Loader.loadPDF(in.readAllBytes())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains(trackingNumber)
                    .contains("收到告知");
        }

        List<String> types =
                KafkaTestClient.eventsFor(Topics.NOTIFICATIONS, trackingNumber, 3, Duration.ofSeconds(20)).stream()
                        .map(CloudEvent::type)
                        .toList();
        assertThat(types)
                .contains("ogi.notification.recorded.v1", "ogi.notification.sent.v1", "ogi.notification.served.v1");
        // The redelivered event created nothing: one row, one mail.
        Thread.sleep(1000);
        assertThat(Notified.rows(trackingNumber)).hasSize(1);
        assertThat(MailAndSms.mailTo(email)).hasSize(1);
    }

    static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    static String text(List<Part> parts, String type) throws Exception {
        for (Part part : parts) {
            if (isType(part, type)) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("no " + type + " part");
    }

    static boolean isType(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
