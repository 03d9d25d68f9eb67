package org.ogi.notification.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail, in this JVM) and the recording SMS gateway, wired into notification-service's
 * configuration; tests read back what arrived.
 */
public class MailAndSms implements QuarkusTestResourceLifecycleManager {

    /** The secret the recording gateway signs its delivery reports with. */
    private static final String SMS_REPORT_SECRET = "test-sms-report-secret";

    private static GreenMail mail;
    private static RecordingSmsGateway sms;
    private static RefusingSmtpServer refusing;
    private boolean refusingProfile;

    @Override
    public void setContext(Context context) {
        refusingProfile = RefusingMailProfile.class.getName().equals(context.testProfile());
    }

    @Override
    public synchronized Map<String, String> start() {
        if (mail == null) {
            mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            mail.start();
            sms = new RecordingSmsGateway(SMS_REPORT_SECRET);
            refusing = new RefusingSmtpServer();
        }
        // The refusing profile's service sends to an SMTP server that refuses every recipient.
        int smtpPort = refusingProfile ? refusing.port() : mail.getSmtp().getPort();
        return Map.of(
                "quarkus.mailer.port",
                String.valueOf(smtpPort),
                "quarkus.mailer.host",
                "127.0.0.1",
                "ogi.notification.sms.gateway-url",
                sms.url(),
                "ogi.notification.sms.delivery-report-secret",
                SMS_REPORT_SECRET);
    }

    @Override
    public void stop() {
        // Shared by every test class of this JVM.
    }

    /** The mails that arrived for {@code address}. */
    public static List<MimeMessage> mailTo(String address) {
        return Arrays.stream(mail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equals(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    public static RecordingSmsGateway sms() {
        return sms;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
