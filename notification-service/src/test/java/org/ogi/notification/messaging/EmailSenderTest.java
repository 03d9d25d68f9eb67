package org.ogi.notification.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.ogi.notification.domain.NotificationKind;
import org.ogi.notification.domain.SendResult;
import org.ogi.notification.service.OutgoingMessage;
import org.ogi.notification.testing.MailAndSms;
import org.ogi.platform.pdf.CjkFont;
import org.ogi.platform.pdf.PdfDocument;
import org.ogi.testsupport.OgiInfrastructure;
import org.ogi.testsupport.TestEvents;

/** Sends from several threads at once to the real SMTP server (GreenMail): each arrives once, its PDF intact. */
@QuarkusTest
@WithTestResource(value = OgiInfrastructure.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = MailAndSms.class, scope = TestResourceScope.GLOBAL)
class EmailSenderTest {

    private static final int SENDERS = 6;
    private static final int EACH = 5;

    @Inject
    EmailSender sender;

    @Test
    void concurrentSendsAllArriveOnceWithTheirPdfByteForByte() throws Exception {
        String tn = TestEvents.newTrackingNumber("A");
        String address = "parallel-" + tn.toLowerCase() + "@example.cn";
        byte[] pdf = PdfDocument.with(CjkFont.shared())
                .title("政府信息公开申请收到告知书")
                .row("申请编号", tn)
                .paragraph("张三：\n本机关已收到您的政府信息公开申请。".repeat(20))
                .toBytes();
        List<String> messageIds = new ArrayList<>();
        ExecutorService workers = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<SendResult>> results = new ArrayList<>();
            for (int i = 0; i < SENDERS * EACH; i++) {
                UUID id = UUID.randomUUID();
                String messageId = "<" + id + "@ogi.notification.local>";
                messageIds.add(messageId);
                OutgoingMessage message = new OutgoingMessage(
                        id,
                        messageId,
                        tn,
                        NotificationKind.ACKNOWLEDGEMENT,
                        address,
                        "政府信息公开申请收到告知（" + tn + "）",
                        "张三：\n您好！",
                        "<p>张三：</p>",
                        pdf,
                        "通知-" + tn + ".pdf");
                results.add(workers.submit(() -> sender.send(message)));
            }
            // Every send is accepted within the send timeout: none waits for a greeting its connection dropped.
            for (Future<SendResult> result : results) {
                assertThat(result.get()).isInstanceOf(SendResult.Sent.class);
            }
        } finally {
            workers.shutdownNow();
        }

        List<MimeMessage> arrived = MailAndSms.mailTo(address);
        assertThat(arrived.stream().map(EmailSenderTest::messageId).toList())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(messageIds);
        for (MimeMessage mail : arrived) {
            Part attachment = pdfPart(mail);
            assertThat(MimeUtility.decodeText(attachment.getFileName())).isEqualTo("通知-" + tn + ".pdf");
            try (InputStream in = attachment.getInputStream()) {
                assertThat(in.readAllBytes()).isEqualTo(pdf);
            }
        }
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Part pdfPart(MimeMessage mail) throws Exception {
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("application/pdf")) {
                return parts.getBodyPart(i);
            }
        }
        throw new AssertionError("no PDF attached");
    }
}
