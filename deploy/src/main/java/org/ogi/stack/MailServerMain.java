package org.ogi.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The local stack's mail and SMS: a real SMTP server (GreenMail) whose mail is read at {@code GET /api/messages}
 * (JSON list) and {@code GET /api/messages/<n>} (the message as sent, RFC 822), and an SMS gateway speaking the
 * notification-service contract ({@code POST /sms/messages}) whose texts are read at {@code GET /sms/messages}.
 * Run by {@link MailComponent} as a child JVM: {@code MailServerMain <smtp port> <read port> <sms port>}.
 */
public final class MailServerMain {

    private static final ObjectMapper JSON = new ObjectMapper();

    private MailServerMain() {}

    public static void main(String[] args) throws IOException {
        GreenMail mail =
                new GreenMail(new ServerSetup(Integer.parseInt(args[0]), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
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
            } else {
                answer(exchange, 200, "application/json", JSON.writeValueAsBytes(texts));
            }
        });
        sms.start();
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
