package org.ogi.e2e;

import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The mail the stack's SMTP server received, read over its HTTP API (the launcher's MailComponent). */
final class StackMail {

    record Mail(int index, String subject) {}

    private StackMail() {}

    /** The mails to {@code address} about {@code trackingNumber}; waits until there are two (acknowledgement, reply). */
    static List<Mail> to(String address, String trackingNumber) {
        return await("mail to " + address)
                .atMost(Duration.ofSeconds(60))
                .until(
                        () -> {
                            JsonPath list = JsonPath.from(
                                    RestAssured.get(EndToEndStack.config().mailReadUrl() + "/api/messages")
                                            .asString());
                            return list
                                    .getList("findAll { it.to.contains('" + address + "') && it.subject.contains('"
                                            + trackingNumber + "') }")
                                    .stream()
                                    .map(m -> (java.util.Map<?, ?>) m)
                                    .map(m -> new Mail((Integer) m.get("index"), (String) m.get("subject")))
                                    .toList();
                        },
                        mails -> mails.size() >= 2);
    }

    /** The text of the PDF attached to the mail. */
    static String pdfText(Mail mail) throws Exception {
        byte[] raw = RestAssured.get(EndToEndStack.config().mailReadUrl() + "/api/messages/" + mail.index())
                .asByteArray();
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        Part pdf = pdf(message);
        try (PDDocument document = Loader.loadPDF(pdf.getInputStream().readAllBytes())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Part pdf(Part part) throws Exception {
        if (part.isMimeType("application/pdf")) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = pdf(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
