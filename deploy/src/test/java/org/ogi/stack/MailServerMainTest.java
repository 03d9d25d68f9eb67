package org.ogi.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * The local SMS gateway reports each text's delivery to notification-service, signed, and again until taken; the SMTP
 * server keeps only the newest messages.
 */
class MailServerMainTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "gateway-test-secret";

    private record Report(JsonNode body, String signature, boolean valid) {}

    @Test
    void eachAcceptedTextIsReportedSignedDeliveredOrUndeliveredAndSentAgainUntilTaken() throws Exception {
        BlockingQueue<Report> taken = new LinkedBlockingQueue<>();
        AtomicBoolean refusedOnce = new AtomicBoolean();
        HttpServer service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/api/sms/delivery-reports", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-OGI-Signature");
            // The first report finds the text not yet marked sent (409): the gateway must send it again.
            int status = refusedOnce.compareAndSet(false, true) ? 409 : 204;
            if (status == 204) {
                taken.add(new Report(JSON.readTree(body), signature, sign(body).equals(signature)));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        service.start();
        int sms = freePort();
        MailServerMain.main(new String[] {
            Integer.toString(freePort()),
            Integer.toString(freePort()),
            Integer.toString(sms),
            "http://127.0.0.1:" + service.getAddress().getPort() + "/api/sms/delivery-reports",
            SECRET
        });
        try {
            String delivered = send(sms, "<m1@test>", "13800138000");
            Report first = taken.poll(30, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(first.valid()).as("signed " + first.signature()).isTrue();
            assertThat(first.body().path("id").asText()).isEqualTo("<m1@test>");
            assertThat(first.body().path("providerId").asText()).isEqualTo(delivered);
            assertThat(first.body().path("status").asText()).isEqualTo("DELIVERED");
            assertThat(first.body().path("at").asText()).endsWith("+08:00");

            String undelivered = send(sms, "<m2@test>", "10400000000");
            Report second = taken.poll(30, TimeUnit.SECONDS);
            assertThat(second).isNotNull();
            assertThat(second.valid()).isTrue();
            assertThat(second.body().path("providerId").asText()).isEqualTo(undelivered);
            assertThat(second.body().path("status").asText()).isEqualTo("UNDELIVERED");
            assertThat(second.body().path("reason").asText()).isEqualTo("空号");
        } finally {
            service.stop(0);
        }
    }

    @Test
    void theMailServerKeepsOnlyTheNewestMessagesAcrossMailboxes() throws Exception {
        GreenMail mail = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try {
            for (int i = 1; i <= 5; i++) {
                GreenMailUtil.sendTextEmail(
                        "applicant" + (i % 2) + "@example.cn",
                        "ogi@example.cn",
                        "通知 " + i,
                        "正文",
                        mail.getSmtp().getServerSetup());
                Thread.sleep(5);
            }
            assertThat(mail.getReceivedMessages()).hasSize(5);

            MailServerMain.keepNewest(mail, 3);

            List<String> kept = new ArrayList<>();
            for (MimeMessage message : mail.getReceivedMessages()) {
                kept.add(message.getSubject());
            }
            assertThat(kept).containsExactlyInAnyOrder("通知 3", "通知 4", "通知 5");
            MailServerMain.keepNewest(mail, 3);
            assertThat(mail.getReceivedMessages()).hasSize(3);
        } finally {
            mail.stop();
        }
    }

    private static String send(int port, String id, String to) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sms/messages"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        JSON.writeValueAsString(java.util.Map.of("id", id, "to", to, "text", "短信"))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).isEqualTo(202);
        return JSON.readTree(answer.body()).path("providerId").asText();
    }

    private static String sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
