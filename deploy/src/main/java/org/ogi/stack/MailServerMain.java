package org.ogi.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The local stack's mail and SMS: a real SMTP server (GreenMail) whose mail is read at {@code GET /api/messages}
 * (JSON list) and {@code GET /api/messages/<n>} (the message as sent, RFC 822), and an SMS gateway speaking the
 * notification-service contract ({@code POST /sms/messages}) whose texts are read at {@code GET /sms/messages}. Like a
 * provider, the gateway reports each text's delivery to {@code <report url>}, signed with {@code <secret>}
 * (HMAC-SHA256 of the body in {@code X-OGI-Signature}): numbers starting 104 UNDELIVERED (空号, to try the channel
 * switch), all others DELIVERED; a report not taken (409, 5xx, no answer) is sent again for a few minutes.
 * Run by {@link MailComponent} as a child JVM:
 * {@code MailServerMain <smtp port> <read port> <sms port> [<report url> <secret>]}. GreenMail keeps every message in
 * memory, so only the newest {@value #RETAIN_PROPERTY} (default {@value #DEFAULT_RETAIN}) are kept: a few thousand
 * e-mails with their PDF letters filled its heap and stopped the server (the pipeline benchmark sends that many).
 */
public final class MailServerMain {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String RETAIN_PROPERTY = "ogi.mail.retain";
    static final int DEFAULT_RETAIN = 2000;

    private MailServerMain() {}

    public static void main(String[] args) throws IOException {
        GreenMail mail =
                new GreenMail(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        int retain = Integer.getInteger(RETAIN_PROPERTY, DEFAULT_RETAIN);
        ScheduledExecutorService pruner = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mail-retention");
            thread.setDaemon(true);
            return thread;
        });
        pruner.scheduleWithFixedDelay(() -> keepNewest(mail, retain), 1, 1, TimeUnit.SECONDS);
        HttpServer read = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[1])), 0);
        read.createContext("/api/messages", exchange -> {
            MimeMessage[] messages = mail.getReceivedMessages();
            String path = exchange.getRequestURI().getPath().replaceFirst("^/api/messages/?", "");
            try {
                if (path.isEmpty()) {
                    List<Map<String, Object>> list = new ArrayList<>();
                    for (int i = 0; i < messages.length; i++) {
                        list.add(summary(i, messages[i]));
                    }
                    answer(exchange, 200, "application/json", JSON.writeValueAsBytes(list));
                } else {
                    int index = Integer.parseInt(path);
                    ByteArrayOutputStream raw = new ByteArrayOutputStream();
                    messages[index].writeTo(raw);
                    answer(exchange, 200, "message/rfc822", raw.toByteArray());
                }
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                answer(exchange, 404, "text/plain", "no such message".getBytes(StandardCharsets.UTF_8));
            } catch (MessagingException e) {
                answer(exchange, 500, "text/plain", e.getMessage().getBytes(StandardCharsets.UTF_8));
            }
        });
        read.start();
        List<Map<String, Object>> texts = new CopyOnWriteArrayList<>();
        HttpServer sms = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[2])), 0);
        DeliveryReports reports = args.length >= 5 ? new DeliveryReports(URI.create(args[3]), args[4]) : null;
        sms.createContext("/sms/messages", exchange -> {
            if ("POST".equals(exchange.getRequestMethod())) {
                JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
                String providerId = "sms-" + UUID.randomUUID();
                Map<String, Object> text = new LinkedHashMap<>();
                text.put("id", body.path("id").asText());
                text.put("to", body.path("to").asText());
                text.put("text", body.path("text").asText());
                text.put("providerId", providerId);
                texts.add(text);
                answer(exchange, 202, "application/json", JSON.writeValueAsBytes(Map.of("providerId", providerId)));
                if (reports != null) {
                    reports.report(text);
                }
            } else {
                answer(exchange, 200, "application/json", JSON.writeValueAsBytes(texts));
            }
        });
        sms.start();
    }

    /** The gateway's delivery reports to notification-service, signed and sent again until taken. */
    private static final class DeliveryReports {

        private static final int ATTEMPTS = 60;
        private final HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sms-delivery-reports");
            thread.setDaemon(true);
            return thread;
        });
        private final URI url;
        private final Mac signer;

        DeliveryReports(URI url, String secret) {
            this.url = url;
            try {
                signer = Mac.getInstance("HmacSHA256");
                signer.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("cannot sign delivery reports", e);
            }
        }

        void report(Map<String, Object> text) {
            boolean delivered = !String.valueOf(text.get("to")).startsWith("104");
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("id", text.get("id"));
            report.put("providerId", text.get("providerId"));
            report.put("status", delivered ? "DELIVERED" : "UNDELIVERED");
            report.put("at", OffsetDateTime.now(ZoneOffset.ofHours(8)).toString());
            if (!delivered) {
                report.put("reason", "空号");
            }
            try {
                byte[] body = JSON.writeValueAsBytes(report);
                sender.schedule(() -> send(body, 1), 200, TimeUnit.MILLISECONDS);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void send(byte[] body, int attempt) {
            int status;
            try {
                String signature;
                synchronized (signer) {
                    signature = "sha256=" + HexFormat.of().formatHex(signer.doFinal(body));
                }
                status = http.send(
                                HttpRequest.newBuilder(url)
                                        .timeout(Duration.ofSeconds(5))
                                        .header("Content-Type", "application/json")
                                        .header("X-OGI-Signature", signature)
                                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            } catch (IOException e) {
                status = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            // 2xx: taken; another 4xx: refused for good (unknown message, bad signature); else again.
            boolean again = status == 0 || status == 409 || status >= 500;
            if (again && attempt < ATTEMPTS) {
                sender.schedule(() -> send(body, attempt + 1), Math.min(attempt, 5), TimeUnit.SECONDS);
            }
        }
    }

    /** Deletes all but the newest {@code retain} messages across every mailbox (one per recipient). */
    static void keepNewest(GreenMail mail, int retain) {
        try {
            record Stored(MailFolder folder, StoredMessage message) {}
            List<Stored> all = new ArrayList<>();
            for (MailFolder folder :
                    mail.getManagers().getImapHostManager().getStore().listMailboxes("*")) {
                folder.getMessages().forEach(message -> all.add(new Stored(folder, message)));
            }
            if (all.size() <= retain) {
                return;
            }
            all.sort(Comparator.comparing((Stored s) -> s.message().getReceivedDate())
                    .thenComparingLong(s -> s.message().getUid()));
            Set<MailFolder> touched = new HashSet<>();
            for (Stored old : all.subList(0, all.size() - retain)) {
                old.folder()
                        .setFlags(
                                new Flags(Flags.Flag.DELETED),
                                true,
                                old.message().getUid(),
                                null,
                                false);
                touched.add(old.folder());
            }
            for (MailFolder folder : touched) {
                folder.expunge();
            }
        } catch (FolderException | RuntimeException e) {
            System.err.println("mail retention failed: " + e);
        }
    }

    private static Map<String, Object> summary(int index, MimeMessage message) throws MessagingException {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("index", index);
        summary.put("messageId", message.getMessageID());
        List<String> to = new ArrayList<>();
        for (Address address : message.getAllRecipients()) {
            to.add(address.toString());
        }
        summary.put("to", to);
        summary.put("subject", message.getSubject());
        summary.put(
                "sentDate",
                message.getSentDate() == null
                        ? null
                        : message.getSentDate().toInstant().toString());
        return summary;
    }

    private static void answer(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
